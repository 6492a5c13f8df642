// erlang's calendar-time BIFs: the date and time now (universal and local), conversions
// between the two and to and from POSIX seconds. Dates are `{{Year, Month, Day}, {Hour,
// Minute, Second}}` in the proleptic Gregorian calendar; local time follows the C library
// (TZ and /etc/localtime), as in ERTS.

#if canImport(Glibc)
import Glibc
#endif

enum CalendarTime {
    struct DateTime {
        var year, month, day, hour, minute, second: Int
    }

    /// Days from 1970-01-01 to a civil date (any year).
    static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146097 + dayOfEra - 719468
    }

    /// The civil date of a day count from 1970-01-01.
    static func civil(days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let dayOfEra = z - era * 146097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    static func seconds(_ t: DateTime) -> Int {
        days(year: t.year, month: t.month, day: t.day) * 86400 + t.hour * 3600 + t.minute * 60 + t.second
    }

    static func dateTime(seconds: Int) -> DateTime {
        let dayCount = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400
        let rest = seconds - dayCount * 86400
        let (year, month, day) = civil(days: dayCount)
        return DateTime(year: year, month: month, day: day, hour: rest / 3600, minute: rest / 60 % 60, second: rest % 60)
    }

    static func isLeap(_ year: Int) -> Bool { year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }

    /// A valid `{{Y, M, D}, {H, Mi, S}}`, or nil.
    static func decode(_ term: Term) -> DateTime? {
        guard term.isTuple, term.tupleArity == 2 else { return nil }
        let date = term.tupleElement(0), time = term.tupleElement(1)
        guard date.isTuple, date.tupleArity == 3, time.isTuple, time.tupleArity == 3 else { return nil }
        let parts = [date.tupleElement(0), date.tupleElement(1), date.tupleElement(2),
                     time.tupleElement(0), time.tupleElement(1), time.tupleElement(2)]
        guard parts.allSatisfy(\.isSmall) else { return nil }
        let v = parts.map(\.smallValue)
        let monthDays = [31, isLeap(v[0]) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard v[1] >= 1, v[1] <= 12, v[2] >= 1, v[2] <= monthDays[v[1] - 1],
              v[3] >= 0, v[3] < 24, v[4] >= 0, v[4] < 60, v[5] >= 0, v[5] < 60 else { return nil }
        return DateTime(year: v[0], month: v[1], day: v[2], hour: v[3], minute: v[4], second: v[5])
    }

    static func term(_ p: Process, _ t: DateTime) -> Term {
        p.tuple(p.tuple(.small(t.year), .small(t.month), .small(t.day)),
                p.tuple(.small(t.hour), .small(t.minute), .small(t.second)))
    }

    /// The local time of POSIX seconds.
    static func local(seconds: Int) -> DateTime {
        var time = time_t(seconds)
        var parts = tm()
        localtime_r(&time, &parts)
        return DateTime(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday),
                        hour: Int(parts.tm_hour), minute: Int(parts.tm_min), second: Int(parts.tm_sec))
    }

    /// POSIX seconds of a local time (`isDST`: 1, 0, or -1 for unknown); nil if it does
    /// not exist.
    static func fromLocal(_ t: DateTime, isDST: Int32) -> Int? {
        var parts = tm()
        parts.tm_year = Int32(t.year - 1900)
        parts.tm_mon = Int32(t.month - 1)
        parts.tm_mday = Int32(t.day)
        parts.tm_hour = Int32(t.hour)
        parts.tm_min = Int32(t.minute)
        parts.tm_sec = Int32(t.second)
        parts.tm_isdst = isDST
        let result = mktime(&parts)
        return result == -1 && !(t.year == 1969 && t.month == 12 && t.day == 31) ? nil : Int(result)
    }

    static var now: Int { Int(Clock.systemNanoseconds() / 1_000_000_000) }
}

extension TimeBifs {
    /// `erlang:universaltime()`.
    static func universaltime(_ p: Process, _ a: Arguments) -> Term {
        CalendarTime.term(p, CalendarTime.dateTime(seconds: CalendarTime.now))
    }

    /// `erlang:localtime()`.
    static func localtime(_ p: Process, _ a: Arguments) -> Term {
        CalendarTime.term(p, CalendarTime.local(seconds: CalendarTime.now))
    }

    /// `erlang:date()`.
    static func date(_ p: Process, _ a: Arguments) -> Term {
        let t = CalendarTime.local(seconds: CalendarTime.now)
        return p.tuple(.small(t.year), .small(t.month), .small(t.day))
    }

    /// `erlang:time()`.
    static func time(_ p: Process, _ a: Arguments) -> Term {
        let t = CalendarTime.local(seconds: CalendarTime.now)
        return p.tuple(.small(t.hour), .small(t.minute), .small(t.second))
    }

    /// `erlang:universaltime_to_localtime(DateTime)`.
    static func universaltimeToLocaltime(_ p: Process, _ a: Arguments) -> Term {
        guard let t = CalendarTime.decode(a[0]) else { return p.badarg() }
        return CalendarTime.term(p, CalendarTime.local(seconds: CalendarTime.seconds(t)))
    }

    /// `erlang:localtime_to_universaltime(DateTime)`.
    static func localtimeToUniversaltime1(_ p: Process, _ a: Arguments) -> Term {
        localToUniversal(p, a[0], isDST: -1)
    }

    /// `erlang:localtime_to_universaltime(DateTime, IsDst)`.
    static func localtimeToUniversaltime2(_ p: Process, _ a: Arguments) -> Term {
        switch a[1] {
        case .true: return localToUniversal(p, a[0], isDST: 1)
        case .false: return localToUniversal(p, a[0], isDST: 0)
        case Atom.undefined: return localToUniversal(p, a[0], isDST: -1)
        default: return p.badarg()
        }
    }

    private static func localToUniversal(_ p: Process, _ term: Term, isDST: Int32) -> Term {
        guard let t = CalendarTime.decode(term) else { return p.badarg() }
        guard let seconds = CalendarTime.fromLocal(t, isDST: isDST) else { return p.badarg() }
        return CalendarTime.term(p, CalendarTime.dateTime(seconds: seconds))
    }

    /// `erlang:posixtime_to_universaltime(Seconds)`.
    static func posixtimeToUniversaltime(_ p: Process, _ a: Arguments) -> Term {
        guard a[0].isSmall else { return p.badarg() }
        return CalendarTime.term(p, CalendarTime.dateTime(seconds: a[0].smallValue))
    }

    /// `erlang:universaltime_to_posixtime(DateTime)`.
    static func universaltimeToPosixtime(_ p: Process, _ a: Arguments) -> Term {
        guard let t = CalendarTime.decode(a[0]) else { return p.badarg() }
        return Integers.make(p, CalendarTime.seconds(t))
    }
}
