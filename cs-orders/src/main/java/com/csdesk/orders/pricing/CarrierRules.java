package com.csdesk.orders.pricing;

import com.csdesk.shared.Region;
import com.csdesk.shared.RuleViolationException;
import com.csdesk.shared.Text;

/**
 * Which carrier may ship where (发货限制). The restrictions are the shop's and win over the rate
 * table: the table may list EMS to Hong Kong, yet Hong Kong ships by SF only.
 */
final class CarrierRules {

    private CarrierRules() {
    }

    /** The rate of the carrier to the region, or a refusal naming both. */
    static RateTable.Entry rateFor(Carrier carrier, Region region, RateTable rates) {
        if (carrier.isRefused()) {
            throw notAllowed(Text.of(
                    "本店不接受" + carrier.zh() + "(收货地区:" + region.zh() + ")",
                    "The shop does not ship by " + carrier.en() + " (destination: " + region.en() + ")"));
        }
        if (region == Region.HK_MO_TW && carrier != Carrier.SF) {
            throw notAllowed(Text.of(
                    region.zh() + "只发" + Carrier.SF.zh() + ",不能发" + carrier.zh(),
                    "Orders to " + region.en() + " ship by " + Carrier.SF.en() + " only, not by " + carrier.en()));
        }
        if (region == Region.OVERSEAS && carrier != Carrier.EMS) {
            throw notAllowed(Text.of(
                    region.zh() + "只发" + Carrier.EMS.zh() + "(或发往转运公司的大陆地址),不能发" + carrier.zh(),
                    "Orders overseas ship by " + Carrier.EMS.en()
                            + " only (or through a forwarding company's mainland address), not by " + carrier.en()));
        }
        return rates.find(carrier, region).orElseThrow(() -> new RuleViolationException("carrier-not-offered",
                Text.of(carrier.zh() + "不发往" + region.zh(), carrier.en() + " does not ship to " + region.en())));
    }

    private static RuleViolationException notAllowed(Text text) {
        return new RuleViolationException("carrier-not-allowed", text);
    }
}
