package gcc.jisr.gateway.traffic;

import gcc.jisr.adapters.CountryAdapters;
import gcc.jisr.adapters.money.CurrencyMinorUnits;
import gcc.jisr.adapters.plates.VehiclePlate;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.common.v1.Party;
import gcc.jisr.contracts.traffic.v1.Driver;
import gcc.jisr.contracts.traffic.v1.Evidence;
import gcc.jisr.contracts.traffic.v1.EvidenceKind;
import gcc.jisr.contracts.traffic.v1.LawArticle;
import gcc.jisr.contracts.traffic.v1.Money;
import gcc.jisr.contracts.traffic.v1.Offence;
import gcc.jisr.contracts.traffic.v1.OffenceCode;
import gcc.jisr.contracts.traffic.v1.Payment;
import gcc.jisr.contracts.traffic.v1.Place;
import gcc.jisr.contracts.traffic.v1.Plate;
import gcc.jisr.contracts.traffic.v1.SpeedMeasurement;
import gcc.jisr.contracts.traffic.v1.Vehicle;
import gcc.jisr.contracts.traffic.v1.ViolationNotice;
import gcc.jisr.contracts.traffic.v1.ViolationStatusUpdate;
import gcc.jisr.routes.traffic.EvidenceFile;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;

/** Realistic notices for tests: a speeding offence in the reporting state by a car registered in another. */
public final class TrafficNotices {

    /** A plate of each state, as its traffic agencies write it. */
    static final Map<GccState, String> PLATES = new EnumMap<>(Map.of(
            GccState.KW, "12/34567",
            GccState.SA, "ABJ 1234",
            GccState.AE, "DXB AA 12345",
            GccState.QA, "123456",
            GccState.BH, "TAXI 4021",
            GccState.OM, "12345 AB"));

    private static final CountryAdapters ADAPTERS = CountryAdapters.discover();

    private TrafficNotices() {
    }

    static ViolationNotice speeding(GccState reporting, GccState registering, String reference) {
        return speeding(reporting, registering, reference, PLATES.get(registering));
    }

    public static ViolationNotice speeding(GccState reporting, GccState registering, String reference, String plateText) {
        VehiclePlate parsed = ADAPTERS.forState(registering).orElseThrow().plates().parse(plateText);
        Plate plate = new Plate();
        plate.setIssuingState(registering.name());
        plate.setNumber(parsed.number());
        plate.setLettersArabic(parsed.lettersArabic());
        plate.setLettersLatin(parsed.lettersLatin());
        plate.setCategory(parsed.category());
        plate.setRegion(parsed.region());
        Vehicle vehicle = new Vehicle();
        vehicle.setPlate(plate);
        vehicle.setMake("Toyota");
        vehicle.setModel("Land Cruiser");

        Offence offence = new Offence();
        offence.setCode(OffenceCode.SPEEDING);
        offence.setNationalCode("207");
        offence.setDescriptionEnglish("Exceeding the speed limit");
        LawArticle article = new LawArticle();
        article.setLaw("Traffic Law");
        article.setArticle("38");
        offence.setLawArticle(article);
        SpeedMeasurement speed = new SpeedMeasurement();
        speed.setMeasuredKmh(152);
        speed.setPermittedKmh(120);
        offence.setSpeed(speed);

        Driver driver = new Driver();
        driver.setLicenceNumber("L-" + Math.abs(reference.hashCode()));
        driver.setLicenceState(registering.name());

        Place place = new Place();
        place.setCity("Capital");
        place.setRoad("Ring Road 6");

        ViolationNotice notice = new ViolationNotice();
        notice.setReporter(party(reporting, "MOI-TRAFFIC"));
        notice.setViolationReference(reference);
        notice.setVehicle(vehicle);
        notice.setDriver(driver);
        notice.setOffence(offence);
        OffsetDateTime occurred = OffsetDateTime.now(ZoneOffset.ofHours(reporting == GccState.AE || reporting == GccState.OM ? 4 : 3))
                .minusHours(2).truncatedTo(ChronoUnit.SECONDS);
        notice.setOccurredAt(occurred);
        notice.setPlace(place);
        notice.setFine(money(reporting, "50"));
        notice.setDueDate(occurred.toLocalDate().plusDays(30));
        notice.setCorrelationId("corr-" + reference);
        return notice;
    }

    static EvidenceFile photo(ViolationNotice notice, byte[] content) throws Exception {
        String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        Evidence item = new Evidence();
        item.setKind(EvidenceKind.PHOTO);
        item.setContentType("image/png");
        item.setSize(content.length);
        item.setSha256(digest);
        item.setFileName("radar.png");
        item.setTakenAt(notice.getOccurredAt());
        notice.getEvidence().add(item);
        return new EvidenceFile(digest, "image/png", content);
    }

    static ViolationStatusUpdate paid(GccState sender, ViolationNotice notice) {
        ViolationStatusUpdate update = new ViolationStatusUpdate();
        update.setSender(party(sender, "MOI-TRAFFIC"));
        update.setReportingState(notice.getReporter().getState());
        update.setViolationReference(notice.getViolationReference());
        update.setChangedAt(OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS));
        Payment payment = new Payment();
        payment.setAmount(notice.getFine());
        payment.setPaidOn(LocalDate.now(ZoneOffset.UTC));
        payment.setReceiptNumber("R-" + notice.getViolationReference());
        update.setPaid(payment);
        return update;
    }

    static Money money(GccState state, String amount) {
        Money money = new Money();
        money.setCurrency(state.currency());
        money.setAmount(new BigDecimal(amount).setScale(CurrencyMinorUnits.of(java.util.Currency.getInstance(state.currency())), java.math.RoundingMode.UNNECESSARY));
        return money;
    }

    static Party party(GccState state, String agency) {
        Party party = new Party();
        party.setState(state.name());
        party.setAgency(agency);
        return party;
    }
}
