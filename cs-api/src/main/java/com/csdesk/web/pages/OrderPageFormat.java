package com.csdesk.web.pages;

import com.csdesk.members.Note;
import com.csdesk.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How the order pages write times (shop time) and amounts, as {@code ${fmt}} in the templates. */
public final class OrderPageFormat {

    static final OrderPageFormat INSTANCE = new OrderPageFormat();

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Note.SHOP_ZONE);

    private OrderPageFormat() {
    }

    public String time(@Nullable Instant at) {
        return at == null ? "—" : TIME.format(at);
    }

    public String money(@Nullable Money amount) {
        return amount == null ? "—" : "¥" + number(amount.amount());
    }

    public String rate(BigDecimal rate) {
        return rate.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    private static String number(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(value.setScale(2, RoundingMode.HALF_UP));
    }
}
