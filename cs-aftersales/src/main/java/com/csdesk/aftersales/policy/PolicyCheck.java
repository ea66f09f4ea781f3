package com.csdesk.aftersales.policy;

import com.csdesk.shared.Text;
import org.jspecify.annotations.Nullable;

/**
 * One check (审核项) the policy made, as the desk shows it: "签收 30 小时 ≤ 48 小时 ✓".
 *
 * @param rule   the rule checked; its name is the stable code
 * @param passed true or false, or null when it cannot be known yet (resalable: to be inspected);
 *               a null check never decides the outcome
 * @param detail what was compared, with the numbers, in Chinese and English
 */
public record PolicyCheck(PolicyRule rule, @Nullable Boolean passed, Text detail) {

    /** True when this check failed and so moves the decision away from {@link Outcome#ALLOWED}. */
    public boolean failed() {
        return Boolean.FALSE.equals(passed);
    }
}
