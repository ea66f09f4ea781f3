package com.csdesk.members;

import com.csdesk.shared.Money;

/**
 * A member's purchase changed what counts towards cumulative spend: {@code goodsAmount} is added
 * when an order is paid and subtracted (negative) when goods are refunded or a paid order closes.
 * Published by the orders module; members apply it in the same transaction, so the next quote sees it.
 */
public record PurchaseSettled(long memberId, String orderNo, Money goodsAmount, String reason) {
}
