import Testing
@testable import BeamVM

/// Civil dates and POSIX seconds (erlang:universaltime_to_posixtime/1 and back), checked
/// against values from `date -u -d @N`, and date validation as erlang's calendar BIFs do it.
struct CalendarTimeTests {
    @Test(arguments: [
        (0, 1970, 1, 1, 0, 0, 0), (951_782_400, 2000, 2, 29, 0, 0, 0), (1_709_210_096, 2024, 2, 29, 12, 34, 56),
        (-1, 1969, 12, 31, 23, 59, 59), (-62_167_219_200, 0, 1, 1, 0, 0, 0), (4_102_444_800, 2100, 1, 1, 0, 0, 0),
        (253_402_300_799, 9999, 12, 31, 23, 59, 59),
    ])
    func secondsAndDatesAgree(seconds: Int, year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) {
        let t = CalendarTime.dateTime(seconds: seconds)
        #expect([t.year, t.month, t.day, t.hour, t.minute, t.second] == [year, month, day, hour, minute, second])
        #expect(CalendarTime.seconds(t) == seconds)
    }

    @Test func everyDayOfFourCenturiesRoundTrips() {
        for days in stride(from: -146_097, through: 146_097, by: 1) {
            let (year, month, day) = CalendarTime.civil(days: days)
            #expect(CalendarTime.days(year: year, month: month, day: day) == days)
        }
    }

    @Test func invalidDatesAreRejected() {
        let p = Process(serial: 1)
        func date(_ y: Int, _ m: Int, _ d: Int, _ h: Int = 0, _ mi: Int = 0, _ s: Int = 0) -> Term {
            p.tuple(p.tuple(.small(y), .small(m), .small(d)), p.tuple(.small(h), .small(mi), .small(s)))
        }
        #expect(CalendarTime.decode(date(2024, 2, 29)) != nil)
        #expect(CalendarTime.decode(date(2023, 2, 29)) == nil)
        #expect(CalendarTime.decode(date(1900, 2, 29)) == nil)
        #expect(CalendarTime.decode(date(2000, 2, 29)) != nil)
        #expect(CalendarTime.decode(date(2024, 13, 1)) == nil)
        #expect(CalendarTime.decode(date(2024, 1, 1, 24)) == nil)
        #expect(CalendarTime.decode(date(2024, 1, 1, 0, 60)) == nil)
        #expect(CalendarTime.decode(p.tuple(Atom.ok, Atom.ok)) == nil)
    }
}

/// Error numbers as Erlang names them.
struct ErrnoNameTests {
    @Test func commonErrorsHaveTheirErlangNames() {
        #expect(ErrnoNames.atom(2) == Term.atom("enoent"))
        #expect(ErrnoNames.atom(13) == Term.atom("eacces"))
        #expect(ErrnoNames.atom(21) == Term.atom("eisdir"))
        #expect(ErrnoNames.atom(39) == Term.atom("enotempty"))
        #expect(ErrnoNames.atom(9999) == Term.atom("unknown"))
    }
}
