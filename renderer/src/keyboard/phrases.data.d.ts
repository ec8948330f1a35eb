export declare const PHRASE_LISTS: {
    /**
     * The most common surnames, most frequent first (公安部户政管理研究中心《二〇二〇年全国姓名报告》
     * ranks 王 李 张 刘 陈 first; the rest follow its top-100 order).
     */
    readonly surnames: readonly ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "胡", "朱", "郭", "何", "罗", "高", "林", "郑", "梁", "谢", "唐", "许", "冯", "宋", "韩", "邓", "彭", "曹", "曾", "田", "于", "肖", "潘", "袁", "董", "叶", "杜", "丁", "蒋", "程", "余", "吕", "魏", "蔡", "苏", "任", "卢", "沈", "姜", "姚", "钟", "崔", "陆", "谭", "汪", "石", "付", "贾", "范", "金", "方", "韦", "夏", "廖", "侯", "白", "孟", "邹", "秦", "尹", "江", "熊", "薛", "邱", "闫", "段", "雷", "季", "史", "陶", "毛", "贺", "龙", "万", "顾", "关", "郝", "孔", "向", "龚", "邵", "钱", "武", "欧阳", "戴", "黎", "严"];
    /** What a claim is for, as litigants at the filing and mediation desks name it most often. */
    readonly claims: readonly ["借款", "欠款", "本金", "利息", "违约金", "物业费", "租金", "工资", "货款", "工程款", "赔偿", "医疗费", "误工费", "抚养费", "赡养费", "离婚", "交通事故", "房屋", "合同", "定金", "押金", "元", "万元", "至今未还", "多次催要"];
};
export type PhraseListId = keyof typeof PHRASE_LISTS;
