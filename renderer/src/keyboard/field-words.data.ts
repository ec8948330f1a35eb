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
 * Characters most often given in Chinese names (公安部户政管理研究中心《二〇二〇年全国姓名报告》's
 * most-used given names, split into their characters, and the characters of older names like 建国
 * 秀英 桂兰 that litigants of sixty and more carry).
 */
const GIVEN_NAME_CHARACTERS = [
  ...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚华红玲飞鑫波斌宇浩凯健俊帆帅旭宁龙林欣佳雪婷颖琳晨辰阳',
  ...'建国秀英桂兰玉梅凤珍淑贵福荣春生志文海燕金成德兵东亮立新永利云峰芬萍莉慧倩霖鹏博晓丹婉怡轩涵梓萱子',
  ...'一诺依沐然泽睿思雨嘉瑞晗琪宸铭昊豪翔毅宏辉振庆喜兴旺民安顺祥卫小大秋冬月彩虹翠花',
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

/** Hand-listed words per field; the build adds the court's own and the divisions' (generate/court-words.ts). */
export const FIELD_WORDS: Record<FieldContent, readonly string[]> = {
  name: [...PHRASE_LISTS.surnames, ...GIVEN_NAME_CHARACTERS],
  address: ADDRESS_WORDS,
  text: PHRASE_LISTS.claims,
  bank: BANK_WORDS,
  organisation: ORGANISATION_WORDS,
};
