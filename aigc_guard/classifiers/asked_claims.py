"""The claim a request asks to have written: 写一篇文章，说中国人的素质是全世界最低的 asks
for "中国人的素质是全世界最低的" to be said. An ``embedding_head`` with ``claims: true`` judges
only that claim, as if it were said, so the abuse model reads the stance a writing ask wants
argued (the whole request reads to it as a harmless ask for an article).

Read: an ask for writing at a sentence's start (写, 帮我写, 请以记者的口吻写, 编, 起草,
发一条 …; not 他写了, 发现), a piece named in a few characters, then a verb that makes the
piece argue (说, 论证, 宣扬, 证明 …) and the claim up to the sentence's end. Not read: the
piece turned against its subject on the way (反驳, 批判, 辟谣 …), the verb denied (不要说),
an explanation asked for (说明为什么, 说明如何), a claim that names itself
wrong in its last clause (…是偏见, …是封建糟粕, …，这种说法是错误的 — not …，这不是偏见), or
one that says a harm hurts or must be stopped (网络暴力会给受害者带来巨大伤害).
"""

from __future__ import annotations

import regex

__all__ = ["asked_claims"]

_TURNED = (
    "反驳|驳斥|批驳|批判|批评|谴责|揭露|揭穿|澄清|辟谣|纠正|反对|反思|分析|研究|探讨|讨论|为什么|为何"
    "|有人|别人|有些人|一些人|某些人|网上|谣言|误解|偏见|刻板印象|如何|怎么|怎样"
)
_ASKER = (
    "请你? | 麻烦你? | 你 (?: 能 | 可以 )? | 能不能 | 可不可以 | 可以"
    " | 帮我 | 给我 | 替我 | 帮忙 | 再"
)
_VOICE = "口吻 | 身份 | 语气 | 名义 | 风格 | 语言 | 方式 | 角度"  # 请以记者的口吻写…
_WRITE = (
    "写 (?! 了 | 的 | 过 | 着 | 到 | 道 | 作业 | 字 )"
    " | 编 (?! 辑 | 程 | 码 | 号 | 排 | 织 | 制 | 了 | 的 )"
    " | 起草 | 撰写 | 创作 | 生成 | 拟"
    " | 发 (?= 一 | 条 | 个 | 篇 | 段 | 帖 | 微博 | 朋友圈 | 公告 | 通知 )"
)
_NOT_TOMORROW = "天 | 日 | 年 | 早 | 晚"  # 说明天 is 说 + 明天
_ARGUE = (
    "论证 | 论述 | 证明 | 宣扬 | 鼓吹 | 宣传 | 主张 | 宣称 | 声称 | 强调 | 表明 | 称"
    f" | 说明 (?! 为什么 | 为何 | 如何 | 怎么 | 怎样 | 什么 | 一下 | 书 | {_NOT_TOMORROW} )"
    f" | 说 (?! 明 (?! {_NOT_TOMORROW} ) | 服 | 法 | 说 | 一说 | 一下 | 出 | 到 | 过 | 话 | 清楚 )"
    " | 告诉大家 | 告诉读者"
    " | 让 (?: 大家 | 人们? | 读者 | 网友 ) (?: 相信 | 觉得 | 认为 | 明白 | 知道 )"
)
_ASKED_CLAIM = regex.compile(
    rf"""(?x)
    (?: ^ | (?<= [。！？!?；;\n] ) ) \s*
    (?: {_ASKER} )*
    (?: (?: 以 | 用 ) [^，,。！？!?；;\n]{{1,10}}? (?: {_VOICE} ) [，,\s]* )?
    (?: 帮我 | 给我 | 替我 )?
    (?: {_WRITE} ) (?: 出 | 好 )?
    (?: (?! {_TURNED} ) [^。！？!?；;\n] ){{0,16}}?
    (?<! 不 | 别 | 不要 | 并非 | 不能 )
    (?: {_ARGUE} )
    (?: 一下 )? [，,：:\s“"「『]*
    (?<claim> [^。！？!?；;\n]{{4,80}} )
    """
)
# A claim that names itself a belief and wrong — …是偏见, “…”是一种刻板印象, …是封建糟粕,
# 这种说法是错误的 — in the claim's last clause, not denied (不是偏见, 别说是谣言). A later clause
# refutes only what it points back to (这, 这种说法): 说甲地人都是骗子，说他们老实是偏见 refutes
# nothing of the first.
# The phrase patterns' twin: `refuted` in policies/patterns/stance-asks.yaml.
_NOT = "不 | 非 | 没 | 没有 | 别 | 别说 | 哪 | 无"
_POINTS_BACK = "这 | 那 | 此 | 以上 | 上述"
_GAP = r"(?: (?! 不 | 非 | 没 | 无 | 别 | 是 | 而 | 但 | 被 | 该 | 应 ) . )"
_SAYING = "说法 | 观点 | 看法 | 想法 | 言论 | 论调 | 传言 | 传闻 | 论断 | 观念 | 认识"
_NAMED_WRONG = regex.compile(
    rf"""(?x)
    (?: (?<! {_NOT} ) (?: 是 | 属于 | 纯属 | 实属 | 出于 | 源于 | 源自 ) {_GAP}{{0,8}}?
        (?: 偏见 | 刻板印象 | 谣言 | 谬论 | 谬误 | 误解 | 无稽之谈 | 封建糟粕 | 歧视 )
        (?: 的? (?: {_SAYING} | 表现 ) )?
      | (?: {_SAYING} ) {_GAP}{{0,4}}? (?<! {_NOT} )
        (?: 是错误的 | 是错的 | 是不对的 | 错误 | 不对 | 错了 | 荒谬 | 站不住脚 | 没有根据
          | 毫无根据 | 不实 | 不成立 | 不科学 | 不可取 | 要不得 | 经不起推敲 ) 的?
    ) (?: 罢了 | 而已 )? $
    """
)
_POINTING_BACK = regex.compile(rf"(?x) (?: {_POINTS_BACK} )")
# A harm said to hurt or to be stopped (恐怖分子的暴行必须受到惩罚, 黑社会的危害有多大): the whole
# claim, one clause — a condemnation tacked onto another claim (…，毒品的危害很大) excuses nothing.
_HARM_CONDEMNED = regex.compile(
    r"[^，,；;]{0,8}?"
    r"(?:暴行|暴力|霸凌|家暴|犯罪|罪行|恐袭|恐怖袭击|战争|网暴|歧视|诈骗|毒品|吸毒|吸烟"
    r"|酗酒|赌博|拐卖|侵略|黑社会|黑恶势力|黑帮|邪教|传销|腐败|贪污|酒驾|醉驾)[^，,；;]{0,12}?"
    r"(?<!没有|没|无|不会|不是|不)(?:伤害|危害|违法|惩罚|制止|谴责|严惩|打击|灾难|苦难|痛苦|代价|可恨"
    r"|错误|不对|可耻|不可取|要不得)"
    r"[^，,；;]*"
)
_CLAUSE = regex.compile(r"[，,；;]")


def _refutes_itself(claim: str) -> bool:
    clauses = [c.strip(' “”"「」『』') for c in _CLAUSE.split(claim)]
    last = clauses[-1]
    if len(clauses) > 1 and not _POINTING_BACK.match(last):
        return False
    return bool(_NAMED_WRONG.search(last))


def asked_claims(text: str) -> list[str]:
    """Each claim ``text`` asks to have written, in the order asked (none for most texts)."""
    claims: list[str] = []
    for match in _ASKED_CLAIM.finditer(text):
        claim = match.group("claim").strip(' ，,“”"「」『』').removesuffix("吗")  # 你能帮我写…吗
        if len(claim) >= 4 and not (_refutes_itself(claim) or _HARM_CONDEMNED.fullmatch(claim)):
            claims.append(claim)
    return claims
