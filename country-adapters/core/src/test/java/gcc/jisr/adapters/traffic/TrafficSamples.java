package gcc.jisr.adapters.traffic;

import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.common.v1.Party;
import gcc.jisr.contracts.traffic.v1.Cancellation;
import gcc.jisr.contracts.traffic.v1.Contest;
import gcc.jisr.contracts.traffic.v1.Driver;
import gcc.jisr.contracts.traffic.v1.LawArticle;
import gcc.jisr.contracts.traffic.v1.Money;
import gcc.jisr.contracts.traffic.v1.Offence;
import gcc.jisr.contracts.traffic.v1.OffenceCode;
import gcc.jisr.contracts.traffic.v1.Payment;
import gcc.jisr.contracts.traffic.v1.Place;
import gcc.jisr.contracts.traffic.v1.Plate;
import gcc.jisr.contracts.traffic.v1.Settlement;
import gcc.jisr.contracts.traffic.v1.SpeedMeasurement;
import gcc.jisr.contracts.traffic.v1.Vehicle;
import gcc.jisr.contracts.traffic.v1.ViolationNotice;
import gcc.jisr.contracts.traffic.v1.ViolationStatusUpdate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;

/** Canonical traffic messages for the tests of every state's traffic format, as a reporting state would send them. */
public final class TrafficSamples {

    public static final String MESSAGE_ID = "01935f2a-7c3e-7d41-9b2a-5e8f0c1d2a3b";
    public static final OffsetDateTime OCCURRED_AT = OffsetDateTime.parse("2026-11-20T21:14:05+03:00");

    private TrafficSamples() {
    }

    /** The state that reports violations to {@code registering}: Kuwait, or Saudi Arabia for a Kuwaiti vehicle. */
    public static GccState reporterFor(GccState registering) {
        return registering == GccState.KW ? GccState.SA : GccState.KW;
    }

    /** A fine in the reporting state's currency, at its decimals. */
    public static Money fine(GccState reporter) {
        Money money = new Money();
        money.setCurrency(reporter.currency());
        boolean threeDecimals = Set.of("KWD", "BHD", "OMR").contains(reporter.currency());
        money.setAmount(new BigDecimal(threeDecimals ? "75.250" : "300.50"));
        return money;
    }

    /** A speeding notice about a vehicle with {@code plate}, reported by {@link #reporterFor} the plate's state. */
    public static ViolationNotice speeding(Plate plate, String reference) {
        GccState registering = GccState.fromCode(plate.getIssuingState()).orElseThrow();
        GccState reporter = reporterFor(registering);
        ViolationNotice notice = new ViolationNotice();
        notice.setReporter(party(reporter, "MOI-TRAFFIC"));
        notice.setViolationReference(reference);
        Vehicle vehicle = new Vehicle();
        vehicle.setPlate(plate);
        vehicle.setMake("Toyota");
        notice.setVehicle(vehicle);
        Driver driver = new Driver();
        driver.setLicenceNumber("DL-2041-77");
        driver.setLicenceState(registering.code());
        driver.setFullNameLatin("Mohammed Abdullah");
        notice.setDriver(driver);
        Offence offence = new Offence();
        offence.setCode(OffenceCode.SPEEDING);
        offence.setNationalCode("207");
        offence.setDescriptionEnglish("Exceeding the speed limit");
        LawArticle article = new LawArticle();
        article.setLaw("قانون المرور، \"المادة\" 38");
        article.setArticle("38/2");
        offence.setLawArticle(article);
        SpeedMeasurement speed = new SpeedMeasurement();
        speed.setMeasuredKmh(152);
        speed.setPermittedKmh(120);
        speed.setDeviceId("RADAR-R6-114");
        offence.setSpeed(speed);
        notice.setOffence(offence);
        notice.setOccurredAt(OCCURRED_AT);
        Place place = new Place();
        place.setCity("الفروانية");
        place.setRoad("Sixth Ring Road, exit 4");
        notice.setPlace(place);
        notice.setFine(fine(reporter));
        notice.setDueDate(LocalDate.of(2026, 12, 20));
        notice.setCorrelationId("traffic-48213");
        return notice;
    }

    /** The same notice without its driver and with a red-light offence, so no speed. */
    public static ViolationNotice redLightWithoutDriver(Plate plate, String reference) {
        ViolationNotice notice = speeding(plate, reference);
        notice.setDriver(null);
        notice.getOffence().setCode(OffenceCode.RED_LIGHT);
        notice.getOffence().setSpeed(null);
        notice.getOffence().setNationalCode(null);
        notice.getPlace().setRoad(null);
        return notice;
    }

    /** A status change of a violation {@code reporting} reported, sent by {@code sender}. */
    public static ViolationStatusUpdate update(StatusChange change, GccState sender, GccState reporting, String reference) {
        ViolationStatusUpdate update = new ViolationStatusUpdate();
        update.setSender(party(sender, "MOI-TRAFFIC"));
        update.setReportingState(reporting.code());
        update.setViolationReference(reference);
        update.setChangedAt(OffsetDateTime.parse("2026-12-02T10:41:00+03:00"));
        LocalDate on = LocalDate.of(2026, 12, 2);
        switch (change) {
            case PAID -> {
                Payment paid = new Payment();
                paid.setAmount(fine(reporting));
                paid.setPaidOn(on);
                paid.setReceiptNumber("RCPT-7731-009912");
                update.setPaid(paid);
            }
            case CONTESTED -> {
                Contest contest = new Contest();
                contest.setContestedOn(on);
                contest.setReason("The vehicle was sold on 1 November, before the offence");
                contest.setCaseReference("CASE-2026/118");
                update.setContested(contest);
            }
            case CANCELLED -> {
                Cancellation cancellation = new Cancellation();
                cancellation.setCancelledOn(on);
                cancellation.setReason("Radar calibration certificate had lapsed");
                update.setCancelled(cancellation);
            }
            case SETTLED -> {
                Settlement settlement = new Settlement();
                settlement.setAmount(fine(reporting));
                settlement.setSettledOn(on);
                settlement.setTransferReference("GCC-RTGS:2026-12-05/0042");
                update.setSettled(settlement);
            }
        }
        return update;
    }

    public static Party party(GccState state, String agency) {
        Party party = new Party();
        party.setState(state.code());
        party.setAgency(agency);
        return party;
    }

    public static Plate plate(GccState state, String number, String lettersArabic, String lettersLatin, String category, String region) {
        Plate plate = new Plate();
        plate.setIssuingState(state.code());
        plate.setNumber(number);
        plate.setLettersArabic(lettersArabic);
        plate.setLettersLatin(lettersLatin);
        plate.setCategory(category);
        plate.setRegion(region);
        return plate;
    }
}
