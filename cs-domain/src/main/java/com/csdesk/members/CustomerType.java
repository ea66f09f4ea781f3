package com.csdesk.members;

import com.csdesk.shared.Text;

/**
 * Customer type (客户类型) an agent chooses for a member, with the service strategy the desk shows
 * next to it. A member has at most one type per {@link Dimension}.
 */
public enum CustomerType {
    FRIENDLY(Dimension.CHARACTER, "友善型", "Friendly",
            "尽最大努力服务好,不能因为对方宽容就放松要求", "Serve at your best; never relax because they are tolerant."),
    DOMINANT(Dimension.CHARACTER, "独断型", "Dominant",
            "小心应对,尽量满足其要求,让其有被尊重的感觉", "Handle carefully; make them feel respected."),
    ANALYTICAL(Dimension.CHARACTER, "分析型", "Analytical",
            "真诚对待,做出合理解释,争取对方的理解", "Be sincere and explain the reasons."),
    SELF_CENTRED(Dimension.CHARACTER, "自我型", "Self-centred",
            "控制自己的情绪,对自己的失误真诚道歉", "Keep your temper; apologise for real mistakes."),
    PICKY(Dimension.CHARACTER, "刁酸型", "Picky",
            "不与其争辩,用事实说话,保持耐心", "Never argue; use facts and patience."),
    SOCIABLE(Dimension.BUYING_BEHAVIOUR, "交际型", "Sociable",
            "热情接待,多花时间交流", "Be warm and invest time in the conversation."),
    DECISIVE(Dimension.BUYING_BEHAVIOUR, "购买型", "Decisive",
            "不要过多打扰,简洁高效", "Do not pester; be brief and efficient."),
    POLITE(Dimension.BUYING_BEHAVIOUR, "礼貌型", "Polite",
            "做好售后服务,他们会成为回头客", "Good after-sales service brings them back."),
    BARGAINER(Dimension.BUYING_BEHAVIOUR, "讲价型", "Bargainer",
            "礼貌地坚持价格,说明不议价的原因", "Hold the price politely and explain why."),
    NOVICE(Dimension.PRODUCT_KNOWLEDGE, "不了解型", "Novice",
            "详细讲解商品,有理有据地推荐", "Explain fully and recommend with reasons."),
    HALF_INFORMED(Dimension.PRODUCT_KNOWLEDGE, "一知半解型", "Half-informed",
            "保持冷静,展示专业知识", "Stay calm and show expertise."),
    EXPERT(Dimension.PRODUCT_KNOWLEDGE, "专家型", "Expert",
            "简明扼要,平等交流", "Be brief and talk as peers."),
    FIRST_TIME_ONLINE(Dimension.EXPERIENCE, "新手买家", "First-time online buyer",
            "引导完成付款和确认收货", "Guide them through paying and confirming receipt."),
    SEASONED(Dimension.EXPERIENCE, "老练买家", "Seasoned buyer",
            "直奔主题,高效沟通", "Get to the point; communicate efficiently."),
    OFFLINE_STORE(Dimension.EXPERIENCE, "线下实体买家", "Knows the physical store",
            "打消对正品和售后的顾虑", "Reassure them on authenticity and after-sales.");

    /** The four ways agents classify buyers. */
    public enum Dimension {
        CHARACTER("按性格", "By character"),
        BUYING_BEHAVIOUR("按购买行为", "By buying behaviour"),
        PRODUCT_KNOWLEDGE("按商品了解程度", "By product knowledge"),
        EXPERIENCE("按网购经验", "By experience");

        private final Text label;

        Dimension(String zh, String en) {
            this.label = Text.of(zh, en);
        }

        public Text label() {
            return label;
        }
    }

    private final Dimension dimension;
    private final Text label;
    private final Text strategy;

    CustomerType(Dimension dimension, String zh, String en, String strategyZh, String strategyEn) {
        this.dimension = dimension;
        this.label = Text.of(zh, en);
        this.strategy = Text.of(strategyZh, strategyEn);
    }

    public Dimension dimension() {
        return dimension;
    }

    public Text label() {
        return label;
    }

    /** How to serve this type of customer. */
    public Text strategy() {
        return strategy;
    }
}
