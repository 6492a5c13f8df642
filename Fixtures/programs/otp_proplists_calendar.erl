%% proplists lookups and normalisation, and calendar arithmetic on fixed
%% dates (day of week, leap years, gregorian days/seconds, ISO weeks).
-module(otp_proplists_calendar).
-export([main/0]).

main() ->
    P = [{a, 1}, b, {c, 3}, {a, 4}, {d, [x]}],
    [proplists:get_value(a, P), proplists:get_value(z, P, def), proplists:get_bool(b, P),
     proplists:get_all_values(a, P), proplists:lookup(c, P), proplists:delete(a, P),
     lists:sort(proplists:get_keys(P)), proplists:compact([{x, true}, y]), proplists:is_defined(d, P),
     proplists:substitute_aliases([{a, alpha}], P),
     calendar:day_of_the_week({2024, 2, 29}), calendar:is_leap_year(1900), calendar:is_leap_year(2000),
     calendar:last_day_of_the_month(2023, 2), calendar:date_to_gregorian_days({2000, 1, 1}),
     calendar:gregorian_days_to_date(738000), calendar:datetime_to_gregorian_seconds({{1970, 1, 1}, {0, 0, 0}}),
     calendar:gregorian_seconds_to_datetime(63000000000), calendar:iso_week_number({2021, 1, 3}),
     calendar:time_difference({{2024, 1, 1}, {0, 0, 0}}, {{2024, 3, 1}, {12, 30, 15}}),
     calendar:valid_date({2023, 2, 29}), calendar:seconds_to_daystime(100000),
     calendar:system_time_to_rfc3339(0, [{offset, "Z"}]),
     calendar:rfc3339_to_system_time("2000-01-01T00:00:00Z")].
