import OuroCore
import Testing

@testable import ouro

/// The small decisions behind human-readable output: punctuation by locale, empty
/// listings, interval labels, whole-second hook times and the streak as settings shows it.
@Suite struct OutputTextTests {
    @Test(arguments: [
        "C.UTF-8", "C.utf8", "en_US.UTF-8", "de_DE.utf-8@euro", "en_GB.UTF8",
    ])
    func utf8Locales(name: String) {
        #expect(Punctuation.isUTF8(locale: name))
    }

    @Test(arguments: ["C", "POSIX", "en_US", "en_US.ISO-8859-1", "de_DE@euro", "", "C.UTF-16"])
    func otherLocales(name: String) {
        #expect(!Punctuation.isUTF8(locale: name))
    }

    /// `LC_ALL` wins over `LC_CTYPE`, which wins over `LANG`; empty means unset; nothing
    /// set means the C locale.
    @Test func theLocaleVariablesInTheCLibrarysOrder() {
        func punctuation(_ variables: [String: String]) -> Punctuation {
            Punctuation(OuroEnvironment(variables: variables))
        }
        #expect(punctuation(["LANG": "C.UTF-8"]) == .unicode)
        #expect(punctuation(["LANG": "C"]) == .ascii)
        #expect(punctuation([:]) == .ascii)
        #expect(punctuation(["LANG": "C.UTF-8", "LC_ALL": "C"]) == .ascii)
        #expect(punctuation(["LANG": "C", "LC_CTYPE": "en_US.UTF-8"]) == .unicode)
        #expect(punctuation(["LC_ALL": "POSIX", "LC_CTYPE": "en_US.UTF-8"]) == .ascii)
        #expect(punctuation(["LC_ALL": "", "LANG": "C.UTF-8"]) == .unicode)
        #expect(Punctuation.unicode.separator == " · " && Punctuation.unicode.rangeDash == "–")
        #expect(Punctuation.ascii.separator == " - " && Punctuation.ascii.rangeDash == "-")
    }

    @Test func anEmptyListingSpeaksOnlyOnATerminal() {
        #expect(EmptyListing.notice("no open intentions", onTerminal: true) == "no open intentions")
        #expect(EmptyListing.notice("no open intentions", onTerminal: false) == nil)
    }

    @Test func intervalKindsReadAsWords() {
        #expect(
            IntervalKind.allCases.map(\.label) == [
                "pomodoro", "break", "grace period", "start prompt",
            ])
    }

    /// `OURO_START=1796168039.061724` broke `$((…))`: hooks get whole seconds, rounded
    /// down as `date +%s` does.
    @Test func hookTimesAreWholeSecondsRoundedDown() {
        #expect(HookEnvironment.seconds(1_796_168_039.061724) == "1796168039")
        #expect(HookEnvironment.seconds(1_796_168_039.999) == "1796168039")
        #expect(HookEnvironment.seconds(1_310) == "1310")
        #expect(HookEnvironment.seconds(689.75) == "689")
        #expect(HookEnvironment.seconds(-0.5) == "-1")
        #expect(HookEnvironment.seconds(.nan) == "0")
        #expect(HookEnvironment.seconds(1e300) == "1000000000000000")
    }

    @Test func theStreakReadsBackAsItIsTyped() throws {
        #expect(Settings.text(.standard) == "5/5,10/5,20/5,30/10")
        let ending = try #require(StreakRules(minutes: [(25, 5), (50, nil)]))
        #expect(Settings.text(ending) == "25/5,50")
        let odd = try #require(StreakRules(steps: [StreakStep(.pomodoro, length: 150)]))
        #expect(Settings.text(odd) == "2.5")
    }
}
