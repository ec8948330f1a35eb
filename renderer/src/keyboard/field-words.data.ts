// Words each kind of field holds, which its pinyin candidates favour: the surname and given-name
// characters of names, the road and building words of addresses, the banks of China, the words
// organisations are named with. Data, so a court can add its own words without touching the ranking.
// The kiosk's legal vocabulary and the division names are not listed here: the build derives them
// from the locale files, element sets, rule sets and the division table (generate/court-words.ts).
import { PHRASE_LISTS } from './phrases.data';

export const FIELD_CONTENTS = ['name', 'address', 'text', 'bank', 'organisation'] as const;
/** What a field holds, which decides whose words rank first. */
export type FieldContent = (typeof FIELD_CONTENTS)[number];

export const isFieldContent = (value: string | undefined): value is FieldContent => (FIELD_CONTENTS as readonly (string | undefined)[]).includes(value);

/**
 * Characters most often given in Chinese names, commonest first (公安部户政管理研究中心《二〇二〇年全国姓名报告》's
 * most-used given names, split into their characters, and the characters of older names like 建国
 * 秀英 桂兰 that litigants of sixty and more carry).
 */
const GIVEN_NAME_CHARACTERS = [
  ...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚秀英华建国兰桂玉梅红玲小辉燕鹏丹萍飞鑫波斌宇浩凯俊帆帅旭宁龙林',
  ...'欣佳雪婷琳晨辰阳珍淑贵福荣春生志文海金成德兵东亮立新永利云峰芬莉凤慧倩霖博晓婉怡轩涵梓萱子颖健',
  ...'一诺依沐然泽睿思雨嘉瑞晗琪宸铭昊豪翔毅宏振庆喜兴旺民安顺祥卫大秋冬月彩虹翠花',
];

/** Whole given names common enough to come as one word (建国, not 建 then 国 by chance). */
const GIVEN_NAMES = [
  '秀英',
  '桂英',
  '秀兰',
  '桂兰',
  '玉兰',
  '玉梅',
  '凤英',
  '秀珍',
  '淑珍',
  '建国',
  '建华',
  '建军',
  '建平',
  '建新',
  '国华',
  '国庆',
  '志强',
  '志明',
  '永福',
  '德成',
  '春生',
  '小明',
  '小红',
  '小华',
  '晓明',
  '海燕',
  '丽娟',
  '秀梅',
  '桂芳',
  '子轩',
  '一诺',
];

/** Words addresses are built of below the district: roads, lanes, buildings, villages and rooms. */
const ADDRESS_WORDS = [
  '路',
  '街',
  '巷',
  '号',
  '栋',
  '幢',
  '单元',
  '室',
  '村',
  '组',
  '弄',
  '楼',
  '层',
  '号楼',
  '小区',
  '大道',
  '大街',
  '胡同',
  '镇',
  '乡',
  '街道',
  '社区',
  '村委会',
  '居委会',
  '花园',
  '新村',
  '公寓',
  '大厦',
  '广场',
  '工业园',
  '开发区',
  '东路',
  '西路',
  '南路',
  '北路',
  '中路',
  '一路',
  '二路',
  '三路',
  '门',
  '户',
];

/** Banks a litigant names for payment or a refund, with the words their branches are named with. */
const BANK_WORDS = [
  '中国工商银行',
  '中国农业银行',
  '中国银行',
  '中国建设银行',
  '交通银行',
  '中国邮政储蓄银行',
  '招商银行',
  '浦发银行',
  '中信银行',
  '中国光大银行',
  '华夏银行',
  '中国民生银行',
  '广发银行',
  '兴业银行',
  '平安银行',
  '浙商银行',
  '渤海银行',
  '恒丰银行',
  '农村商业银行',
  '农村信用合作社',
  '城市商业银行',
  '北京银行',
  '上海银行',
  '江苏银行',
  '宁波银行',
  '工商银行',
  '农业银行',
  '建设银行',
  '邮政储蓄银行',
  '民生银行',
  '光大银行',
  '农商银行',
  '信用社',
  '银行',
  '支行',
  '分行',
  '营业部',
  '储蓄所',
  '分理处',
];

/** What organisations' names end in: companies, committees, firms, co-operatives. */
const ORGANISATION_WORDS = [
  '有限公司',
  '有限责任公司',
  '股份有限公司',
  '集团',
  '公司',
  '分公司',
  '委员会',
  '村民委员会',
  '居民委员会',
  '律师事务所',
  '事务所',
  '合作社',
  '专业合作社',
  '中心',
  '厂',
  '商行',
  '经营部',
  '门市部',
  '个体工商户',
  '物业',
  '物业服务',
  '物业管理',
  '房地产开发',
  '建筑工程',
  '劳务',
  '科技',
  '贸易',
  '实业',
  '投资',
  '发展',
  '商贸',
  '网络',
  '信息技术',
  '医院',
  '学校',
  '幼儿园',
  '人民政府',
  '人民法院',
  '管理局',
  '研究所',
  '协会',
  '基金会',
];

/** The 56 ethnic groups (民族) as a party's particulars name them, 汉族 first. */
const ETHNIC_GROUPS = (
  '汉族 蒙古族 回族 藏族 维吾尔族 苗族 彝族 壮族 布依族 朝鲜族 满族 侗族 瑶族 白族 土家族 哈尼族 哈萨克族 傣族 黎族 傈僳族 ' +
  '佤族 畲族 高山族 拉祜族 水族 东乡族 纳西族 景颇族 柯尔克孜族 土族 达斡尔族 仫佬族 羌族 布朗族 撒拉族 毛南族 仡佬族 锡伯族 ' +
  '阿昌族 普米族 塔吉克族 怒族 乌孜别克族 俄罗斯族 鄂温克族 德昂族 保安族 裕固族 京族 塔塔尔族 独龙族 鄂伦春族 赫哲族 门巴族 珞巴族 基诺族'
).split(' ');

/**
 * The word lists the ranking reads: one per kind of field — for a name, its surnames, which start
 * it — and the given-name characters that follow a surname.
 */
export type WordList = FieldContent | 'givenName';

/** Hand-listed words per list, commonest first where the order is known; the build adds the court's own and the divisions' (generate/court-words.ts). */
export const FIELD_WORDS: Record<WordList, readonly string[]> = {
  name: PHRASE_LISTS.surnames,
  givenName: [...GIVEN_NAMES, ...GIVEN_NAME_CHARACTERS],
  address: ADDRESS_WORDS,
  text: [...PHRASE_LISTS.claims, ...ETHNIC_GROUPS],
  bank: BANK_WORDS,
  organisation: ORGANISATION_WORDS,
};
