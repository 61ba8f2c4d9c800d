package org.jointcase.cases;

/** The fixed list of case categories; the API takes the constant names. */
public enum CaseCategory {

	FALSE_ADVERTISING("虚假宣传", "False advertising"),
	PRODUCT_QUALITY("产品质量", "Product quality"),
	FOOD_SAFETY("食品安全", "Food safety"),
	PREPAID_CARD("预付式消费", "Prepaid card"),
	ONLINE_TRADE("网络交易", "Online trade"),
	PRICING("价格违法", "Pricing"),
	PERSONAL_INFORMATION("个人信息保护", "Personal information"),
	CONTRACT_FRAUD("合同欺诈", "Contract fraud"),
	UNFAIR_COMPETITION("不正当竞争", "Unfair competition"),
	OTHER("其他", "Other");

	private final String nameZh;
	private final String nameEn;

	CaseCategory(String nameZh, String nameEn) {
		this.nameZh = nameZh;
		this.nameEn = nameEn;
	}

	public String nameZh() {
		return nameZh;
	}

	public String nameEn() {
		return nameEn;
	}
}
