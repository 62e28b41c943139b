package com.dealercs.domain.model.imports;

import com.dealercs.domain.model.network.DealerStatus;
import java.time.LocalDate;
import java.util.Optional;

/** A row of the dealers import. Key: dealer_code. */
public record DealerRow(String dealerCode, String name, String region, String province, String city,
                        LocalDate openedOn, DealerStatus status) implements ImportRow {

    @Override
    public ImportKind importKind() {
        return ImportKind.DEALERS;
    }

    @Override
    public Optional<RowKey> key() {
        return Optional.of(RowKey.of("dealer_code", dealerCode));
    }

    public static RowResult<DealerRow> parse(SourceRow source) {
        Fields f = new Fields(source);
        String dealerCode = f.code("dealer_code", Codes.DEALER_CODE, Codes.DEALER_CODE_MAX);
        String name = f.text("name", Codes.NAME_MAX);
        String region = f.text("region", Codes.PLACE_MAX);
        String province = f.text("province", Codes.PLACE_MAX);
        String city = f.text("city", Codes.PLACE_MAX);
        LocalDate openedOn = f.date("opened_on");
        DealerStatus status = f.choice("status", DealerStatus.class);
        return f.ok()
                ? RowResult.valid(source.line(), new DealerRow(dealerCode, name, region, province, city, openedOn, status))
                : RowResult.rejected(source.line(), f.problems());
    }
}
