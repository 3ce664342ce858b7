import Testing
@testable import LoaCore

@Suite struct CalendarTests {
    @Test(arguments: ["2023-11-15", "15/11/2023", "15-11-2023", "15.11.2023", " 2023-11-15 "])
    func datesParseInBothForms(_ text: String) throws {
        let d = try LocalDate.parse(text).get()
        #expect(d == LocalDate(year: 2023, month: 11, day: 15))
    }

    @Test func impossibleDatesAreNamedAsSuch() {
        #expect(LocalDate.parse("31/02/2023") == .failure(.impossible(year: 2023, month: 2, day: 31)))
        #expect(LocalDate.parse("2023-02-29") == .failure(.impossible(year: 2023, month: 2, day: 29)))
        #expect((try? LocalDate.parse("2024-02-29").get()) != nil)
        #expect(LocalDate.parse("ngày 15") == .failure(.notADate))
        #expect(LocalDate.parse("15/11") == .failure(.notADate))
    }

    @Test func dayArithmeticRoundTripsAndWeekdaysAreRight() throws {
        #expect(try LocalDate.parse("2023-11-15").get().weekday == .wednesday)
        #expect(try LocalDate.parse("1970-01-01").get().weekday == .thursday)
        #expect(try LocalDate.parse("2024-02-28").get().adding(days: 2) == LocalDate(year: 2024, month: 3, day: 1))
        for days in stride(from: -800_000, through: 800_000, by: 997) {
            #expect(LocalDate(daysSinceEpoch: days).daysSinceEpoch == days)
        }
    }

    @Test func timesOfDay() {
        #expect(LocalTime.parse("06:00")?.secondsOfDay == 21_600)
        #expect(LocalTime.parse("6:05:30")?.description == "06:05:30")
        #expect(LocalTime.parse("25:00") == nil)
        #expect(LocalTime.parse("12:60") == nil)
        #expect(LocalTime.parse("noon") == nil)
    }

    @Test func durationsWithUnits() {
        #expect(ConfigDuration.parseMilliseconds("30m") == 1_800_000)
        #expect(ConfigDuration.parseMilliseconds("1h30m") == 5_400_000)
        #expect(ConfigDuration.parseMilliseconds("2.5s") == 2_500)
        #expect(ConfigDuration.parseMilliseconds("30 phút") == nil)
        #expect(ConfigDuration.parseMilliseconds("-5m") == nil)
        #expect(ConfigDuration.parseMilliseconds("30") == nil)
        #expect(ConfigDuration.parseMilliseconds("30m1h") == nil)
        #expect(ConfigDuration.format(milliseconds: 5_400_000) == "1h30m")
    }

    @Test func dayRules() throws {
        let wed = try LocalDate.parse("2023-11-15").get()
        let sat = try LocalDate.parse("2023-11-18").get()
        #expect(DayRule.weekdays.contains(wed) && !DayRule.weekdays.contains(sat))
        #expect(DayRule.weekends.contains(sat) && !DayRule.weekends.contains(wed))
        #expect(DayRule.monthDays([15]).contains(wed) && !DayRule.monthDays([15]).contains(sat))
        #expect(DayRule.weekdaySet([.saturday]).contains(sat))
    }

    @Test func nearestKeySuggestions() {
        #expect(NearestMatch.suggestion(for: "max_lenght", among: ["max_length", "start"]) == "max_length")
        #expect(NearestMatch.suggestion(for: "timezon", among: ["name", "timezone"]) == "timezone")
        #expect(NearestMatch.suggestion(for: "xyz", among: ["name", "timezone"]) == nil)
    }
}
