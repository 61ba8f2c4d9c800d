package org.jointcase.intake;

/**
 * Why a complaint is not accepted: the documented list (complaint and report handling measures, 2022, art. 15); the
 * API takes the constant names.
 */
public enum RefusalReason {
	/** Not a consumer dispute over goods or services bought for daily consumption. */
	NOT_CONSUMER_DISPUTE,
	/** A court, an arbitration body or another agency has taken the dispute up, or settled it. */
	HANDLED_ELSEWHERE,
	/** The same complaint was accepted or decided before and nothing new is put forward. */
	ALREADY_HANDLED,
	/** More than three years since the consumer knew or should have known of the infringement. */
	OUT_OF_TIME,
	/** The complainant does not give a name, contact or a business that can be identified. */
	INCOMPLETE,
	/** The business could not be identified or does not exist. */
	NO_BUSINESS,
	/** The complaint is not about market regulation (another line of government handles it). */
	NOT_MARKET_REGULATION
}
