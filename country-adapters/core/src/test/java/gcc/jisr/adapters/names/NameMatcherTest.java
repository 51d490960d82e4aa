package gcc.jisr.adapters.names;

import gcc.jisr.contracts.civilid.v1.MatchResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NameMatcherTest {

    @ParameterizedTest(name = "{0} matches {1}")
    @CsvSource({
            "أحمد,احمد",                       // hamza on alef
            "إبراهيم,ابراهيم",                 // hamza below alef
            "آمنة,امنه",                       // madda and taa marbuta
            "فاطمة,فاطمه",                     // taa marbuta written as haa
            "مصطفى,مصطفي",                     // alef maqsura written as yaa
            "مُحَمَّد,محمد",                     // diacritics
            "محـــمد,محمد",                     // tatweel
            "عبد الله,عبدالله",                 // servant-of spacing
            "عبد الرحمن العتيبي,عبدالرحمن العتيبى",
    })
    void arabicSpellingVariantsOfOneNameMatch(String claimed, String registered) {
        assertThat(NameMatcher.matchArabic(claimed, registered)).isEqualTo(MatchResult.MATCH);
    }

    @ParameterizedTest(name = "{0} matches {1}")
    @CsvSource({
            "Mohammed Al-Sabah,Muhammad Al Sabah",
            "Mohamed El-Sabah,Mohammad AlSabah",
            "Abdallah Yousef,Abdullah Yusuf",
            "Abdul Rahman Al-Otaibi,Abdulrahman Al Otaibi",
            "Fatma Al-Mutairi,Fatima Al-Mutairi",
            "HUSSEIN  ali,Hussain Ali",
    })
    void latinTransliterationVariantsOfOneNameMatch(String claimed, String registered) {
        assertThat(NameMatcher.matchLatin(claimed, registered)).isEqualTo(MatchResult.MATCH);
    }

    @Test
    void aShortenedNameIsAPartialMatch() {
        assertThat(NameMatcher.matchLatin("Muhammad Abdallah Al Sabah", "Mohammed Abdullah Ahmad Al-Sabah"))
                .isEqualTo(MatchResult.PARTIAL);
        assertThat(NameMatcher.matchArabic("محمد الصباح", "محمد عبدالله أحمد الصباح")).isEqualTo(MatchResult.PARTIAL);
    }

    @Test
    void aTypingErrorInOneWordIsAPartialMatch() {
        assertThat(NameMatcher.matchLatin("Mohammed Abdullah Ahmad Al-Sabbahh", "Mohammed Abdullah Ahmad Al-Sabah"))
                .isIn(MatchResult.MATCH, MatchResult.PARTIAL);
        assertThat(NameMatcher.matchLatin("Mohammed Abdullah Ahmed Al-Sabaj", "Mohammed Abdullah Ahmad Al-Sabah"))
                .isEqualTo(MatchResult.PARTIAL);
    }

    @Test
    void anotherPersonDoesNotMatch() {
        assertThat(NameMatcher.matchLatin("Khaled Saad Al-Ajmi", "Mohammed Abdullah Ahmad Al-Sabah")).isEqualTo(MatchResult.NO_MATCH);
        assertThat(NameMatcher.matchArabic("خالد سعد العجمي", "محمد عبدالله أحمد الصباح")).isEqualTo(MatchResult.NO_MATCH);
    }

    @Test
    void aSingleWordIsTooWeakForAPartialMatch() {
        assertThat(NameMatcher.matchLatin("Mohammed", "Mohammed Abdullah Ahmad Al-Sabah")).isEqualTo(MatchResult.NO_MATCH);
    }

    @Test
    void aMissingRegisteredNameIsNotChecked() {
        assertThat(NameMatcher.matchLatin("Mohammed Al-Sabah", null)).isEqualTo(MatchResult.NOT_CHECKED);
    }
}
