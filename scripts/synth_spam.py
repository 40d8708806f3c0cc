"""Chinese spam and unlawful-commerce posts, and the ordinary posts that look like them.

The shared data has no labelled spam. What platforms moderate — gambling promotions, fraud
(task scams, fake investments, loans, prizes and refunds), black-market services (accounts,
cards, fake documents, data, bulk messaging), sexual services and vulgar posts — is written
here by code from vocabulary slots, with the evasions such posts use (homophones for 微信,
spaced or full-width characters, emoji, contact handles). The safe side is written with the
*same* devices: shop promotions with a phone number, real job offers, lottery news, fraud
warnings that name the scam, friends swapping WeChat ids. So a contact handle, an emoji or a
number says nothing about the label; only what is offered does.

Every vocabulary list is split in two halves by a seeded shuffle (``half`` 0 or 1): a post is
written from one half only, so a model trained on one half and scored on the other is scored
on vocabulary and templates it never saw. `python scripts/synth_spam.py` prints a sample.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass

__all__ = ["Post", "posts"]


@dataclass(frozen=True)
class Post:
    text: str
    label: str  # safe | gambling | fraud | black_market | sexual
    family: str  # which generator wrote it
    half: int  # the vocabulary half it was written from


# --- evasions shared by spam and the safe posts ------------------------------------------------

WECHAT = [
    "微信",
    "薇信",
    "威信",
    "V信",
    "vx",
    "VX",
    "wx",
    "v",
    "V",
    "徽信",
    "薇",
    "➕V",
    "+v",
    "卫星",
]
QQ = ["QQ", "扣扣", "qq", "Q", "企鹅", "球球"]
OTHER_CHANNELS = ["TG", "飞机", "纸飞机", "telegram", "私信", "主页", "滴滴我", "戳我", "留言"]
EMOJI = ["🔥", "💰", "👉", "🎁", "✅", "💯", "🧧", "⚡", "🌹", "💋", "😘", "🈶", "🆗", "⭐", "❤"]
PUNCT = ["！", "!", "，", "。", "～", "~", " ", "，", "、", "!!", "！！！", "…", "💥"]


def _handle(rng: random.Random) -> str:
    letters = "abcdefghjkmnpqrstuvwxyz"
    head = "".join(rng.choice(letters) for _ in range(rng.randint(2, 6)))
    return head + str(rng.randint(10, 99999))


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def contact(rng: random.Random) -> str:
    """A contact hand-off, as ads write it (and as friends do)."""
    kind = rng.random()
    if kind < 0.45:
        return (
            rng.choice(["加", "+", "➕", "加我", "联系", "咨询", "找我", ""])
            + rng.choice(WECHAT)
            + rng.choice(["：", ":", " ", ""])
            + _handle(rng)
        )
    if kind < 0.65:
        return (
            rng.choice(["加", "+", "联系"])
            + rng.choice(QQ)
            + rng.choice(["：", ":", ""])
            + _digits(rng, rng.randint(8, 10))
        )
    if kind < 0.8:
        return (
            rng.choice(["电话", "手机", "热线", "联系电话", "☎"])
            + rng.choice(["：", ":", ""])
            + "1"
            + rng.choice("3456789")
            + _digits(rng, 9)
        )
    if kind < 0.9:
        return (
            rng.choice(["网址", "官网", "链接", "地址", ""])
            + rng.choice(["：", ":", " "])
            + rng.choice(["www.", "", "https://"])
            + _handle(rng)
            + rng.choice([".com", ".cc", ".net", ".vip", ".top", ".xyz"])
        )
    return rng.choice(OTHER_CHANNELS) + rng.choice(["", "：", " "]) + rng.choice(["", _handle(rng)])


def _spaced(text: str, rng: random.Random) -> str:
    sep = rng.choice([" ", ".", "·", "*", "/", "|"])
    return sep.join(text)


def _full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def evade(text: str, rng: random.Random) -> str:
    """Evasions spam uses; the guard's normaliser undoes some, the model must tolerate the rest."""
    roll = rng.random()
    if roll < 0.12:
        words = text.split("，")
        i = rng.randrange(len(words))
        words[i] = _spaced(words[i], rng) if len(words[i]) <= 8 else words[i]
        return "，".join(words)
    if roll < 0.2:
        return _full_width(text)
    if roll < 0.35:
        return "".join(c + (rng.choice(EMOJI) if rng.random() < 0.08 else "") for c in text)
    return text


def decorate(parts: Sequence[str], rng: random.Random) -> str:
    """Join parts with the punctuation and emoji a post uses."""
    out = []
    for part in parts:
        if rng.random() < 0.25:
            part = rng.choice(EMOJI) + part
        out.append(part)
    joiner = rng.choice(["，", "！", " ", "。", "，", "～", "\n", "", "✅"])
    text = joiner.join(out)
    if rng.random() < 0.3:
        text = rng.choice(["【", "[", "★", "㊙", "📢"]) + text
    if rng.random() < 0.4:
        text += rng.choice(PUNCT)
    return text


# --- vocabulary: what is offered ----------------------------------------------------------------

GAMBLING = {
    "venue": [
        "澳门新葡京",
        "威尼斯人娱乐",
        "太阳城集团",
        "金沙娱乐城",
        "皇冠体育",
        "永利娱乐",
        "银河国际",
        "美高梅线上",
        "亚博体育",
        "开云体育",
        "博狗娱乐",
        "乐鱼体育",
        "九游娱乐",
        "大发快三",
        "幸运飞艇",
        "加拿大28",
        "PC蛋蛋",
        "北京赛车",
        "重庆时时彩",
        "极速快三",
        "香港六合彩",
        "真人百家乐",
        "龙虎斗",
        "百人牛牛",
        "炸金花",
        "捕鱼达人平台",
        "电子老虎机",
        "真人视讯",
        "足球外围盘",
        "世界杯外围",
        "线上棋牌",
        "斗牛房卡",
        "跑得快上分群",
        "麻将上下分群",
    ],
    "offer": [
        "注册就送88元彩金",
        "首充100送100",
        "每日返水1.5%",
        "提款秒到账",
        "日提百万无忧",
        "上下分秒到",
        "无限代理佣金",
        "高额回水",
        "大额无忧随便出",
        "信誉老平台",
        "官方直营不黑钱",
        "充值送礼金",
        "存一百送五十",
        "新人体验金",
        "输了包赔",
        "不限IP随便玩",
        "24小时上下分",
        "一元起充",
        "单注可达五万",
        "开户送彩金",
        "老虎机爆分率高",
        "千倍赔率",
        "平台出款快从不拖",
        "赢了随时提现",
        "凭邀请码注册",
        "真人在线发牌",
        "充值秒上分",
    ],
    "hook": [
        "带你回血上岸",
        "跟着导师下注稳赚",
        "计划群准确率95%",
        "今晚必中",
        "期期必中",
        "稳赚不赔",
        "内部资料一码中特",
        "跟单翻倍",
        "一天赚一个月工资",
        "输了的兄弟来回本",
        "小投入大回报",
        "专业带单不坑人",
        "本期杀号准确",
        "三期必中一期",
        "连红十期",
        "包你回本",
        "赢了的都提现了",
        "今天又是大丰收",
        "手气好的来",
        "想翻身的看过来",
        "开奖前私我拿号",
        "跟我的号码下",
        "上期又中了",
        "老哥们跟上",
    ],
}

FRAUD = {
    "job": [
        "手机兼职日结",
        "在家动动手指一天两三百",
        "宝妈学生党可做",
        "点赞员一单一结",
        "打字员日结300",
        "刷单返佣金",
        "做任务垫付返现",
        "关注抖音号一单5元",
        "淘宝刷信誉一单一结",
        "零投入日赚五百",
        "招募线上客服无需经验",
        "看视频就能赚钱",
        "网络兼职时间自由佣金高",
        "复制粘贴日入过千",
        "免费入职不收任何费用先做后结",
        "下载APP注册即领红包",
    ],
    "invest": [
        "投资理财年化30%",
        "导师带单稳赚",
        "内幕消息牛股推荐",
        "虚拟币翻倍计划",
        "数字货币挖矿日收益5%",
        "原始股认购马上上市",
        "外汇黄金喊单",
        "养老项目保本保息",
        "区块链新项目空投",
        "炒币群免费进",
        "一万变十万只需一个月",
        "国家扶持项目分红",
        "带你买的股票已经涨停了",
        "进群免费领取明日牛股",
        "跟着老师操作每天收益看得见",
        "稳定收益月入三万",
    ],
    "loan": [
        "无抵押贷款当天到账",
        "黑户白户都能下款",
        "网贷口子不看征信",
        "信用卡代还套现",
        "大额度秒批",
        "学生贷身份证即可",
        "征信花了也能贷",
        "提额包过",
        "花呗借呗额度提现",
        "代办信用卡无视黑白户",
    ],
    "notice": [
        "恭喜您中奖了请点击领取",
        "您的快递丢失可获三倍理赔",
        "您的账户存在异常请联系客服解冻",
        "医保卡即将停用请尽快处理",
        "您的订单退款失败请添加客服",
        "ETC认证失效请点击链接更新",
        "您已被选为幸运用户免费领取iPhone",
        "京东白条关闭需联系客服否则影响征信",
        "商品质量问题双倍赔付请加客服",
        "您的包裹被海关扣留需缴纳保证金",
        "您的学籍信息异常需缴费处理",
        "公安局通知您涉嫌洗钱请配合调查转账到安全账户",
        "您的积分即将过期可兑换现金",
    ],
    "goods": [
        "原价五千的手机现价九百九",
        "内部渠道低价茅台",
        "海关罚没车便宜处理",
        "免费领取只需付邮费",
        "苹果手机一折清仓",
        "名牌包包厂家直销一折",
        "演唱会门票内部票",
        "低价代充话费八折",
    ],
}

BLACK_MARKET = {
    "account": [
        "出售微信号",
        "批量出售QQ号",
        "抖音号出售万粉",
        "实名小号批发",
        "收购闲置微信号高价",
        "出租微信号日结",
        "老号买卖",
        "白号私人号",
        "注册机批量注册",
        "接码平台",
    ],
    "card": [
        "收购银行卡",
        "银行卡四件套出售",
        "对公账户出售",
        "跑分平台招人",
        "收U出U",
        "代收代付",
        "手机卡实名卡批发",
        "物联卡不限速",
        "收电话卡",
        "出租支付宝",
    ],
    "document": [
        "办证刻章",
        "代办学历证书",
        "出售发票",
        "代开增值税发票",
        "假驾照可查",
        "代办护照",
        "身份证复印件出售",
        "考试答案包过",
        "替考代考",
        "四六级答案",
        "论文代写包过",
        "各类证件制作",
        "毕业证学位证网上可查",
        "房产证结婚证都能做",
        "健康证代办不用体检",
        "驾驶证代扣分",
    ],
    "data": [
        "出售个人信息",
        "查开房记录",
        "手机定位查询",
        "通话记录查询",
        "查户籍",
        "社工库查询",
        "数据出售精准客户",
        "股民资源出售",
        "快递单号出售",
        "车主信息出售",
    ],
    "tool": [
        "代发短信",
        "短信群发",
        "引流脚本",
        "刷粉丝刷播放量",
        "涨粉秒到",
        "游戏外挂科技",
        "破解软件",
        "改号软件",
        "手机监控软件",
        "黑客技术接单",
        "DDOS攻击接单",
        "翻墙节点",
        "群控系统",
        "自动加人软件",
    ],
}

SEXUAL = {
    "service": [
        "同城约炮",
        "上门服务",
        "学生妹兼职",
        "少妇上门",
        "包夜快餐",
        "全套服务",
        "特殊按摩",
        "楼凤信息",
        "外围女模",
        "一夜情",
        "寂寞少妇找刺激",
        "同城交友约P",
        "大保健一条龙",
        "同城约会不收定金",
        "私人订制女友",
        "附近美女在线等你",
        "嫩模外围高端服务",
        "寂寞的哥哥来找我",
    ],
    "media": [
        "看片加我",
        "免费黄色网站",
        "福利视频资源",
        "裸聊一对一",
        "成人视频在线看",
        "色情直播间",
        "无码资源打包",
        "偷拍视频",
        "福利姬私房照",
        "激情视频聊天",
        "黄色小说全集",
        "AV资源分享",
        "私密视频网盘链接",
        "无删减原版小电影",
        "萝莉资源",
        "深夜福利群",
    ],
    # In a person's own voice, like the everyday chat lines on the safe side: what makes these
    # solicitations is the offer to strangers (陪, 约, 上门, 有偿, 价格), not the voice.
    "solicit": [
        "哥哥们今晚谁来陪我",
        "今晚一个人在家，来的私",
        "老公不在家，好空虚",
        "有没有哥哥想要人陪的",
        "可以陪吃陪玩陪睡",
        "出来玩吗，我来找你",
        "约一下吗，附近的",
        "陪聊陪睡都可以，红包说话",
        "想被疼爱了，谁来",
        "在宾馆等你，来了再付",
        "一个人好寂寞，哥哥约吗",
        "今晚能约的举手",
        "寂寞少妇在线等哥哥",
        "可以上门，也可以去你那",
        "有偿陪伴，诚意的来",
        "包养，有意者私",
        "晚上来我家吗，给钱就行",
        "需要女朋友服务的找我",
    ],
}

VULGAR = [
    "这腿我能玩一年",
    "看到这胸我就硬了",
    "想把她按在床上",
    "这屁股真想拍一下",
    "骚货一个",
    "脱了给我看看",
    "穿这么少不就是想让人上",
    "真想睡了她",
    "一看就是欠操的",
    "奶子真大",
    "下面都湿了吧",
    "晚上一个人撸了三次",
    "叫得真骚",
    "想舔",
    "约吗今晚",
    "我的鸡巴受不了了",
    "这身材上床肯定爽",
    "想看她不穿衣服的样子",
    "屌丝的快乐",
    "打飞机必备",
    "开房去吗",
    "一起去开房",
    "让她跪下",
    "又想要了",
    "这个姿势我喜欢",
    "想要的来私我看全部",
]

# How a pitch opens, whatever it sells: a testimonial, a question, a call to a group.
OPENERS = [
    "姐妹们",
    "兄弟们",
    "有没有想",
    "还在为钱发愁吗",
    "我朋友靠这个",
    "亲测靠谱",
    "不骗人",
    "最近发现一个好东西",
    "缺钱的看过来",
    "有需要的朋友",
    "给大家分享一个路子",
    "实话实说",
    "本人亲测",
    "今天又到账了",
    "别再打工了",
    "想改变现状的",
]

SPAM_TAILS = [
    "有需要的联系",
    "懂的来",
    "长期合作",
    "量大从优",
    "诚招代理",
    "支持担保交易",
    "可先测试",
    "名额有限",
    "先到先得",
    "私聊",
    "详情咨询",
    "不懂的别来",
    "要的滴滴",
    "看主页",
    "速来",
    "随时在线",
    "靠谱",
    "秒回",
    "安全可靠",
    "欢迎咨询",
    "机会难得",
]


# --- the safe side, written with the same devices ----------------------------------------------

SAFE = {
    "shop": [
        "新店开业全场八折",
        "周末超市水果特价",
        "本店新到一批春装欢迎选购",
        "奶茶第二杯半价",
        "健身房年卡限时优惠",
        "手工蛋糕接受预订",
        "家电以旧换新补贴",
        "楼下面馆满30减5",
        "驾校暑期班开始报名",
        "英语培训试听课免费",
        "宠物店洗澡美容九折",
        "自家果园橙子上市了",
        "二手书低价转让",
        "闲置婴儿车出",
        "房屋出租两室一厅近地铁",
        "专业上门开锁换锁",
    ],
    "job": [
        "招聘前端工程师五险一金",
        "餐厅招服务员包吃住",
        "诚聘会计要求有证",
        "暑期家教数学初中",
        "公司招行政助理双休",
        "物流园招分拣员月结",
        "幼儿园招老师",
        "工厂招普工长白班",
        "兼职摄影助理周末",
        "招聘外卖骑手多劳多得",
    ],
    "lottery": [
        "今晚体彩大乐透开奖",
        "双色球头奖开出两注",
        "世界杯决赛谁会夺冠",
        "澳门旅游攻略求推荐",
        "过年和家人打麻将输了二十块",
        "朋友圈都在晒欧冠",
        "福利彩票公益金用于养老",
        "买了张刮刮乐没中",
        "德州扑克是一种智力游戏吗",
        "赛马运动的历史",
    ],
    "warning": [
        "警惕刷单诈骗凡是刷单都是诈骗",
        "不要相信高额回报的投资",
        "接到冒充公检法的电话立即挂断报警",
        "网上赌博十赌九输千万别碰",
        "不要出租出借自己的银行卡",
        "陌生链接不要点",
        "贷款先交钱的都是骗子",
        "提醒爸妈别信中奖短信",
        "个人信息不要随便透露",
        "发现黄赌毒线索可以举报",
        "国家反诈中心APP要装上",
        "买卖银行卡是违法行为",
    ],
    "social": [
        "加个微信吧下次一起吃饭",
        "群里有需要拼车的吗",
        "二手自行车有人要吗",
        "找个周末一起打羽毛球的",
        "求推荐靠谱的装修公司",
        "有没有一起考研的",
        "这家火锅真好吃推荐",
        "下班一起去健身吗",
        "孩子作业不会做求助",
        "谁有上周会议的纪要",
        "今天天气真好适合出去玩",
        "我家猫又胖了",
    ],
    "notice": [
        "您的快递已到驿站请凭取件码领取",
        "您本月话费账单已出请登录营业厅查看",
        "您的验证码是482913五分钟内有效请勿告诉他人",
        "会员积分已到账可在商城兑换礼品",
        "您预约的体检时间为周三上午请空腹",
        "物业通知本周六停水请提前储水",
        "您的包裹因地址不详退回请联系快递员",
        "订单已发货预计后天送达",
        "信用卡本期账单已出还款日为15号",
        "航班延误请留意登机口广播",
        "您的退款已原路退回请注意查收",
        "学校通知明天上午家长会",
    ],
    "service": [
        "专业搬家公司价格透明",
        "家电维修上门快",
        "保洁阿姨钟点工",
        "代办营业执照注册公司",
        "会计代理记账报税",
        "小红书账号运营培训",
        "摄影写真工作室接单",
        "婚礼跟拍价格实惠",
        "钢琴陪练一对一",
        "宠物寄养有空位",
        "电脑重装系统上门",
        "留学申请文书辅导",
        "装修设计免费出图",
        "二手车检测评估",
    ],
    "money": [
        "这个月工资又被扣了",
        "基金跌了好几天心态崩了",
        "存款利率又降了",
        "信用卡分期到底划不划算",
        "房贷提前还款要注意什么",
        "理财还是要量力而行",
        "股市今天大涨了",
        "年终奖发了请大家吃饭",
        "攒钱买房太难了",
        "记账一个月才发现花了这么多",
    ],
    "love": [
        "今天和女朋友去看电影了",
        "结婚纪念日送什么礼物好",
        "相亲认识的男生人挺好的",
        "这件连衣裙很显身材",
        "健身三个月腹肌出来了",
        "她笑起来真好看",
        "婚纱照拍得很美",
        "男朋友给我做了晚饭",
    ],
    # Files offered in a private message: the hand-off spam uses (私聊, 网盘) for ordinary things.
    "sharing": [
        "课件我私发给你",
        "会议录音完整版私信你",
        "项目文档的网盘链接私聊给你",
    ],
}


def _halves(items: Sequence[str], key: str) -> tuple[list[str], list[str]]:
    shuffled = list(items)
    random.Random(key).shuffle(shuffled)
    return shuffled[0::2], shuffled[1::2]


def _pick(vocab: dict[str, list[str]], half: int, key: str) -> dict[str, list[str]]:
    return {slot: _halves(items, f"{key}/{slot}")[half] for slot, items in vocab.items()}


Writer = Callable[[random.Random, int], str]


def _opened(parts: list[str], rng: random.Random, half: int) -> list[str]:
    if rng.random() < 0.3:
        return [rng.choice(_halves(OPENERS, "openers")[half]), *parts]
    return parts


def _gambling(rng: random.Random, half: int) -> str:
    v = _pick(GAMBLING, half, "gambling")
    tails = _halves(SPAM_TAILS, "tails")[half]
    parts = [rng.choice(v["venue"])]
    parts += rng.sample(v["offer"] + v["hook"], rng.randint(1, 3))
    if rng.random() < 0.7:
        parts.append(contact(rng))
    if rng.random() < 0.5:
        parts.append(rng.choice(tails))
    if rng.random() < 0.3:
        parts = parts[1:]  # no venue named: "上下分秒到，带你回血"
    rng.shuffle(parts)
    return evade(decorate(_opened(parts, rng, half), rng), rng)


def _fraud(rng: random.Random, half: int) -> str:
    v = _pick(FRAUD, half, "fraud")
    tails = _halves(SPAM_TAILS, "tails")[half]
    slot = rng.choice(list(v))
    parts = rng.sample(v[slot], min(len(v[slot]), rng.randint(1, 2)))
    if rng.random() < 0.75:
        parts.append(contact(rng))
    if rng.random() < 0.4:
        parts.append(rng.choice(tails))
    return evade(decorate(_opened(parts, rng, half), rng), rng)


def _black_market(rng: random.Random, half: int) -> str:
    v = _pick(BLACK_MARKET, half, "black_market")
    tails = _halves(SPAM_TAILS, "tails")[half]
    slots = rng.sample(list(v), rng.randint(1, 2))
    parts = [rng.choice(v[s]) for s in slots]
    if rng.random() < 0.75:
        parts.append(contact(rng))
    parts += rng.sample(tails, rng.randint(0, 2))
    rng.shuffle(parts)
    return evade(decorate(_opened(parts, rng, half), rng), rng)


def _sexual(rng: random.Random, half: int) -> str:
    v = _pick(SEXUAL, half, "sexual")
    vulgar = _halves(VULGAR, "vulgar")[half]
    tails = _halves(SPAM_TAILS, "tails")[half]
    if rng.random() < 0.35:  # a vulgar comment, no ad
        return evade(decorate(rng.sample(vulgar, rng.randint(1, 2)), rng), rng)
    parts = [rng.choice(v[rng.choice(list(v))])]
    if rng.random() < 0.4:
        parts.append(rng.choice(vulgar))
    if rng.random() < 0.7:
        parts.append(contact(rng))
    if rng.random() < 0.4:
        parts.append(rng.choice(tails))
    return evade(decorate(parts, rng), rng)


def _safe(rng: random.Random, half: int) -> str:
    v = _pick(SAFE, half, "safe")
    slot = rng.choice(list(v))
    parts = [rng.choice(v[slot])]
    if slot in ("shop", "job", "social", "service", "sharing") and rng.random() < 0.6:
        parts.append(contact(rng))  # real ads and friends give contacts too
    if slot in ("shop", "job", "service") and rng.random() < 0.3:
        parts.append(
            rng.choice(["欢迎咨询", "名额有限", "先到先得", "详情咨询", "欢迎来电", "随时联系"])
        )
    if rng.random() < 0.2:
        parts.append(rng.choice(EMOJI))
    if rng.random() < 0.2:  # the openers a pitch uses are everyday words too
        parts.insert(
            0,
            rng.choice(
                [
                    "姐妹们",
                    "兄弟们",
                    "有需要的朋友",
                    "亲测靠谱",
                    "给大家分享一下",
                    "实话实说",
                    "本人亲测",
                ]
            ),
        )
    return evade(decorate(parts, rng), rng)


SURNAMES = "张王李赵刘陈杨黄周吴徐孙马朱胡郭何高林罗"
RECORD_FIELDS = [
    (
        "联系人",
        lambda rng: (
            rng.choice(SURNAMES) + rng.choice(["先生", "女士", "伟", "芳", "磊", "静", "强"])
        ),
    ),
    ("手机", lambda rng: "1" + rng.choice("3456789") + _digits(rng, 9)),
    ("电话", lambda rng: "0" + _digits(rng, 2) + "-" + _digits(rng, 8)),
    ("身份证号", lambda rng: _digits(rng, 17) + rng.choice("0123456789X")),
    ("银行卡", lambda rng: "62" + _digits(rng, 17)),
    ("邮箱", lambda rng: _handle(rng) + rng.choice(["@163.com", "@qq.com", "@example.com"])),
    (
        "地址",
        lambda rng: (
            rng.choice(["北京市朝阳区", "上海市浦东新区", "广州市天河区", "成都市武侯区"])
            + f"{rng.randint(1, 300)}号"
        ),
    ),
    ("订单号", lambda rng: _digits(rng, 16)),
    ("车牌", lambda rng: rng.choice("京沪粤川苏浙") + rng.choice("ABCDE") + _digits(rng, 5)),
]
RECORD_OPENERS = [
    "好的，",
    "已为您查到：",
    "收件信息如下：",
    "登记信息：",
    "请核对您的信息，",
    "以下是联系方式：",
    "",
    "报名表：",
]


def _record(rng: random.Random, half: int) -> str:
    """Personal details in an answer or a form: private data (the PII rules' job), not spam."""
    fields = rng.sample(
        _halves([f for f, _ in RECORD_FIELDS], "record")[half] + ["联系人"], rng.randint(2, 4)
    )
    values = dict(RECORD_FIELDS)
    body = rng.choice(["，", "；", " ", "\n"]).join(
        f"{f}{rng.choice(['：', ':', ' '])}{values[f](rng)}" for f in dict.fromkeys(fields)
    )
    return (
        rng.choice(RECORD_OPENERS)
        + body
        + rng.choice(["。", "", "，请确认。", "，如有变动请告知。"])
    )


# Everyday chat: what one feels, wants to do or asks of a friend or partner. Short lines like
# these sit next to solicitations (约吗今晚, 寂寞的哥哥来找我) and scams (在家就能赚钱); without
# them a model read 我想睡觉。 and 陪我聊聊天吧。 as sexual ads (scripts/chat_lines.py).
CHAT = {
    "doing": [
        "睡觉", "睡个懒觉", "看电影", "吃火锅", "吃烤肉", "喝奶茶", "回家", "出去走走", "去公园",
        "逛街", "打游戏", "听歌", "看书", "追剧", "吃冰淇淋", "去旅行", "学游泳", "学吉他", "休息一下",
        "吃顿好的", "喝杯咖啡", "去草原骑马", "早点下班", "请个假", "换个发型", "买件新衣服", "种花",
        "做饭", "发呆", "吃点辣的", "聊天", "晒太阳", "打篮球", "去钓鱼", "吃饺子", "去露营",
    ],
    "giving": [
        "一个拥抱", "讲个故事", "唱首歌", "带杯奶茶", "一点时间", "打个电话", "拍张照片", "煮碗面",
        "发张你的照片", "点个外卖", "推荐本书", "留个座位", "捎个早饭", "回个消息",
    ],
    "greeting": [
        "晚安", "早安", "午安", "早上好", "晚上好", "明天见", "回头聊", "路上小心", "到家说一声",
        "生日快乐", "辛苦了", "新年快乐", "周末愉快", "好久不见",
    ],
    "address": ["亲爱的", "宝贝", "老公", "老婆", "妈", "爸", "大家", "兄弟", "朋友们", "姐妹们",
                "小王", "同学们"],
    "feeling": [
        "好累啊", "好无聊", "好困", "有点饿", "心情真好", "好开心", "好烦啊", "压力好大", "想你了",
        "好想你", "今天好冷", "太热了", "有点紧张", "好激动", "好想哭", "终于放假了", "又加班了",
    ],
    "plan": [
        "多攒点钱", "找个副业", "换个工资高点的工作", "在网上开个小店", "学点理财", "早点还完房贷",
        "给爸妈买套房", "去大城市打拼", "考个证", "存钱买车", "升职加薪", "做点小生意",
    ],
}  # fmt: skip
CHAT_FORMS = {
    "doing": ["我想{}", "好想{}", "今天想{}", "突然好想{}", "我要{}", "陪我{}吧", "一起{}吗",
              "我们去{}吧", "有人一起{}吗", "周末{}去"],
    "giving": ["给我{}", "能给我{}吗", "再给我{}嘛", "你给我{}好不好"],
    "plan": ["我想{}", "今年想{}", "打算{}", "真想{}"],
}  # fmt: skip


def _chat(rng: random.Random, half: int) -> str:
    """An everyday line from one person to a friend or partner: ordinary text, not spam."""
    v = _pick(CHAT, half, "chat")
    forms = {slot: _halves(f, f"chat-forms/{slot}")[half] for slot, f in CHAT_FORMS.items()}
    slot = rng.choice(["doing", "doing", "giving", "greeting", "feeling"])
    if slot in forms:
        form, what = rng.choice(forms[slot]), rng.choice(v[slot])
        if "睡" in what and any(w in form for w in ("陪我", "一起", "我们")):
            form = "我想{}"  # 陪我睡觉吧 and 一起睡觉吗 are how a solicitation reads
        line = form.format(what)
    else:
        line = rng.choice(v[slot])
    if slot == "greeting" or rng.random() < 0.2:
        line = rng.choice([f"{line}，{{}}", f"{{}}，{line}"]).format(rng.choice(v["address"]))
    if rng.random() < 0.3:  # a feeling and a wish in one line
        line = f"{rng.choice(v['feeling'])}，{line}"
    asked = line.endswith(("吗", "好不好", "嘛"))
    ending = rng.choice(["？" if asked else "。", "！", "～", "", "哈哈", "😊", "🥱", "❤"])
    return evade(line + ending, rng) if rng.random() < 0.3 else line + ending


def _ordinary(rng: random.Random, half: int) -> tuple[str, str]:
    """(family, text): a look-alike post, a personal record or an everyday chat line."""
    roll = rng.random()
    if roll < 0.2:
        return "record", _record(rng, half)
    if roll < 0.4:
        return "chat", _chat(rng, half)
    return "safe", _safe(rng, half)


WRITERS: dict[str, Writer] = {
    "gambling": _gambling,
    "fraud": _fraud,
    "black_market": _black_market,
    "sexual": _sexual,
}


def posts(per_label: int = 800, seed: int = 0) -> list[Post]:
    """``per_label`` distinct posts of each label, half from each vocabulary half."""
    rng = random.Random(seed)
    out: list[Post] = []
    for label in [*WRITERS, "safe"]:
        seen: set[str] = set()
        for i in range(per_label * 20):
            if len(seen) >= per_label:
                break
            half = i % 2
            family, text = (
                _ordinary(rng, half) if label == "safe" else (label, WRITERS[label](rng, half))
            )
            text = text.strip()
            if text and text not in seen:
                seen.add(text)
                out.append(Post(text, label, family, half))
    return out


if __name__ == "__main__":
    sample = posts(40)
    for post in random.Random(1).sample(sample, 30):
        print(post.label, post.half, post.text, sep="\t")
