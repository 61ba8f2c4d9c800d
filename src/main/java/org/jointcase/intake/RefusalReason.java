package org.jointcase.intake;

/**
 * Why a complaint is not accepted: the documented list (complaint and report handling measures, 2022, art. 15); the
 * API takes the constant names.
 */
public enum RefusalReason {

	/** Not a consumer dispute over goods or services bought for daily consumption. */
	NOT_CONSUMER_DISPUTE("不属于为生活消费需要购买、使用商品或者接受服务而发生的消费者权益争议"),
	/** A court, an arbitration body or another agency has taken the dispute up, or settled it. */
	HANDLED_ELSEWHERE("法院、仲裁机构或者其他行政机关已经受理或者处理"),
	/** The same complaint was accepted or decided before and nothing new is put forward. */
	ALREADY_HANDLED("已经受理或者处理过且无新的事实、理由"),
	/** More than three years since the consumer knew or should have known of the infringement. */
	OUT_OF_TIME("自知道或者应当知道权益受到侵害之日起超过三年"),
	/** The complainant does not give a name, contact or a business that can be identified. */
	INCOMPLETE("未提供投诉人姓名、联系方式或者明确的被投诉人"),
	/** The business could not be identified or does not exist. */
	NO_BUSINESS("被投诉人无法确认或者不存在"),
	/** The complaint is not about market regulation (another line of government handles it). */
	NOT_MARKET_REGULATION("不属于市场监督管理部门职责范围");

	private final String text;

	RefusalReason(String text) {
		this.text = text;
	}

	/** The reason as the person is told it. */
	public String text() {
		return text;
	}
}
