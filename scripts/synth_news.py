"""Neutral news and statistics about harms, written by code for this project (twenty-third
session): safe text for models/toxicity, which flagged 9 of 20 plain news sentences written
here ("Suicide rates among young men have risen over the past decade.", 警方周二晚上以涉嫌入室盗窃
为由逮捕了两名男子。) as abuse — it had learnt crime, death and a group's name as abuse, because
no safe text it trained on reported them.

Each sentence reports: a trend in a harm's figures, an arrest or a sentence, an event with its
toll, a warning from officials, a study's finding, or a group's circumstances told as the
group's own news (access to care, a festival, a population figure — never a trait or a crime
pinned on the group, which is how implicit hate dresses as a statistic). Seeded; every slot
is drawn from short lists, so a model trained on part of the templates is scored on the rest
(``family``: the template's name).

    python scripts/synth_news.py      # prints a sample
"""

from __future__ import annotations

import random
from dataclasses import dataclass

SEED = 23


@dataclass(frozen=True)
class NewsLine:
    text: str
    lang: str
    family: str
    label: int = 0


EN_SOURCES = [
    "Officials",
    "A new report",
    "The health ministry",
    "Police",
    "Researchers",
    "The national statistics office",
    "A charity",
    "The city council",
]
EN_FIGURES = [
    "suicide rates among young men",
    "drug overdose deaths",
    "reported burglaries",
    "violent crime",
    "domestic violence calls",
    "hate crime reports",
    "online fraud cases",
    "gun deaths",
    "homicides",
    "car thefts",
    "drunk-driving arrests",
    "cases of child abuse reported to social services",
    "road deaths",
    "workplace injuries",
    "reported sexual assaults",
    "teen vaping",
]
EN_TRENDS = [
    "rose",
    "fell",
    "rose sharply",
    "declined slightly",
    "remained stable",
    "doubled",
    "dropped by a third",
    "reached a ten-year high",
    "fell to a record low",
]
EN_PERIODS = [
    "last year",
    "over the past decade",
    "in the first quarter",
    "during the lockdown",
    "since 2015",
    "in rural areas",
    "in the capital",
    "this summer",
]
EN_PEOPLE = [
    "two men",
    "a 34-year-old woman",
    "three teenagers",
    "a former bank manager",
    "a local businessman",
    "four suspects",
    "a nurse",
    "a gang of five",
]
EN_CRIMES = [
    "burglary",
    "fraud",
    "drug trafficking",
    "armed robbery",
    "money laundering",
    "assault",
    "arson",
    "bribery",
    "stalking",
    "tax evasion",
    "shoplifting",
    "possession of a weapon",
]
EN_WHEN = [
    "on Tuesday night",
    "early on Sunday",
    "after a two-year investigation",
    "at the airport",
    "following a tip-off",
    "yesterday",
]
EN_EVENTS = [
    "A gunman opened fire at a shopping mall",
    "A car bomb exploded near a market",
    "A fire broke out in an apartment block",
    "A man attacked passengers with a knife",
    "A bus crashed into a river",
    "An earthquake struck the coastal town",
    "A chemical leak forced a factory to evacuate",
]
EN_TOLLS = [
    "killing three people",
    "injuring a dozen",
    "leaving two dead",
    "though no one was hurt",
    "and police are investigating",
    "killing the attacker and one bystander",
]
EN_SCAMS = [
    "a new phishing scam targeting pensioners",
    "fake parcel-delivery texts",
    "investment fraud on dating apps",
    "counterfeit medicines sold online",
    "calls from people pretending to be tax officers",
]
EN_STUDIES = [
    "links heavy drinking to a higher risk of liver cancer",
    "found that bullying at school raises the risk of depression",
    "shows that most overdoses involve more than one drug",
    "found racial disparities in school discipline rates",
    "suggests that poverty, not background, predicts reoffending",
    "found that one in five women has experienced harassment at work",
]
EN_GROUPS = [
    "Muslim",
    "Black",
    "Jewish",
    "immigrant",
    "Roma",
    "LGBT",
    "disabled",
    "Asian",
    "Indigenous",
    "refugee",
]
EN_CIRCUMSTANCES = [
    "families face long waits for housing, a survey found",
    "communities celebrated the festival with a street parade",
    "students now make up a growing share of university entrants",
    "workers are more likely to be in insecure jobs, a study found",
    "patients report difficulty getting appointments, a charity said",
    "residents gathered to remember the victims of the attack",
]

ZH_SOURCES = ["官方", "一份新报告", "卫生部门", "警方", "研究人员", "统计局", "慈善机构", "市政府"]
ZH_FIGURES = [
    "青年男性的自杀率",
    "吸毒过量死亡人数",
    "入室盗窃报案数",
    "暴力犯罪",
    "家暴求助电话",
    "仇恨犯罪报案数",
    "网络诈骗案件",
    "枪击死亡人数",
    "凶杀案",
    "汽车盗窃案",
    "酒驾案件",
    "虐童举报",
    "交通事故死亡人数",
    "工伤事故",
    "性侵报案数",
    "青少年吸电子烟的比例",
]
ZH_TRENDS = [
    "有所上升",
    "有所下降",
    "大幅上升",
    "略有下降",
    "保持稳定",
    "翻了一番",
    "下降了三分之一",
    "创下十年来新高",
    "降至历史最低",
]
ZH_PERIODS = [
    "去年",
    "过去十年",
    "今年第一季度",
    "封控期间",
    "自2015年以来",
    "在农村地区",
    "在首都",
    "今年夏天",
]
ZH_PEOPLE = [
    "两名男子",
    "一名34岁女子",
    "三名青少年",
    "一名前银行经理",
    "一名本地商人",
    "四名嫌疑人",
    "一名护士",
    "一个五人团伙",
]
ZH_CRIMES = [
    "入室盗窃",
    "诈骗",
    "贩毒",
    "持械抢劫",
    "洗钱",
    "故意伤害",
    "纵火",
    "受贿",
    "跟踪骚扰",
    "逃税",
    "盗窃商品",
    "非法持有枪支",
]
ZH_WHEN = ["周二晚上", "周日凌晨", "经过两年调查后", "在机场", "接到线索后", "昨天"]
ZH_EVENTS = [
    "一名枪手在商场开枪",
    "一枚汽车炸弹在市场附近爆炸",
    "一栋公寓楼发生火灾",
    "一名男子持刀袭击乘客",
    "一辆公交车坠入河中",
    "沿海小镇发生地震",
    "一家工厂发生化学品泄漏",
]
ZH_TOLLS = [
    "造成三人死亡",
    "造成十余人受伤",
    "造成两人遇难",
    "所幸无人受伤",
    "警方正在调查",
    "袭击者和一名路人死亡",
]
ZH_SCAMS = [
    "一种针对老年人的新型网络诈骗",
    "冒充快递的诈骗短信",
    "婚恋平台上的投资诈骗",
    "网上销售的假药",
    "冒充税务人员的诈骗电话",
]
ZH_STUDIES = [
    "大量饮酒会增加患肝癌的风险",
    "校园霸凌会增加抑郁的风险",
    "多数吸毒过量案例涉及多种药物",
    "学校纪律处分中存在种族差异",
    "贫困而非出身更能预测再犯",
    "五分之一的女性在工作中遭受过骚扰",
]
ZH_GROUPS = [
    "穆斯林",
    "黑人",
    "犹太",
    "移民",
    "罗姆人",
    "同性恋",
    "残障",
    "亚裔",
    "少数民族",
    "难民",
]
ZH_CIRCUMSTANCES = [
    "家庭等待住房的时间较长，调查显示",
    "社区举行街头游行庆祝节日",
    "学生在大学新生中所占比例不断上升",
    "劳动者更可能从事不稳定的工作，研究发现",
    "患者反映预约就诊困难，慈善机构表示",
    "居民聚集在一起悼念袭击遇难者",
]


def news_lines(per_template: int = 30) -> list[NewsLine]:
    """About ``per_template`` sentences per template and language, seeded, deduplicated."""
    rng = random.Random(SEED)
    pick = rng.choice
    makers = {
        "trend": (
            lambda: (
                f"{pick(EN_SOURCES)} said {pick(EN_FIGURES)} {pick(EN_TRENDS)} {pick(EN_PERIODS)}."
            ),
            lambda: (
                f"{pick(ZH_SOURCES)}表示，{pick(ZH_PERIODS)}{pick(ZH_FIGURES)}{pick(ZH_TRENDS)}。"
            ),
        ),
        "arrest": (
            lambda: (
                f"Police arrested {pick(EN_PEOPLE)} on suspicion of {pick(EN_CRIMES)} "
                f"{pick(EN_WHEN)}."
            ),
            lambda: f"警方{pick(ZH_WHEN)}以涉嫌{pick(ZH_CRIMES)}为由逮捕了{pick(ZH_PEOPLE)}。",
        ),
        "sentence": (
            lambda: (
                f"The court sentenced {pick(EN_PEOPLE)} to {rng.randint(2, 15)} years "
                f"for {pick(EN_CRIMES)}."
            ),
            lambda: (
                f"法院以{pick(ZH_CRIMES)}罪判处{pick(ZH_PEOPLE)}有期徒刑{rng.randint(2, 15)}年。"
            ),
        ),
        "event": (
            lambda: f"{pick(EN_EVENTS)} {pick(EN_WHEN)}, {pick(EN_TOLLS)}.",
            lambda: f"{pick(ZH_WHEN)}，{pick(ZH_EVENTS)}，{pick(ZH_TOLLS)}。",
        ),
        "warning": (
            lambda: f"{pick(EN_SOURCES)} warned residents about {pick(EN_SCAMS)}.",
            lambda: f"{pick(ZH_SOURCES)}提醒居民警惕{pick(ZH_SCAMS)}。",
        ),
        "study": (
            lambda: f"A study published {pick(EN_PERIODS)} {pick(EN_STUDIES)}.",
            lambda: f"{pick(ZH_PERIODS)}发表的一项研究表明，{pick(ZH_STUDIES)}。",
        ),
        "group": (
            lambda: f"{pick(EN_GROUPS)} {pick(EN_CIRCUMSTANCES)}.",
            lambda: f"{pick(ZH_GROUPS)}{pick(ZH_CIRCUMSTANCES)}。",
        ),
    }
    lines: list[NewsLine] = []
    for family, (english, chinese) in makers.items():
        for lang, make in (("en", english), ("zh", chinese)):
            seen: set[str] = set()
            for _ in range(per_template * 4):
                text = make()
                if text not in seen:
                    seen.add(text)
                    lines.append(NewsLine(text, lang, family))
                if len(seen) == per_template:
                    break
    return lines


if __name__ == "__main__":
    for line in random.Random(0).sample(news_lines(), 12):
        print(line.lang, line.family, line.text)
