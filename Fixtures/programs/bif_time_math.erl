%% Time units and conversions (flooring, integer units, deprecated names),
%% properties of monotonic/system time, unique_integer options, and the math
%% module's functions including their badarith and badarg cases. Values of
%% acosh/atanh are rounded: C libraries disagree in the last bit.
-module(bif_time_math).
-export([main/0]).

main() ->
    M1 = erlang:monotonic_time(), M2 = erlang:monotonic_time(),
    U1 = erlang:unique_integer([monotonic]), U2 = erlang:unique_integer([monotonic]),
    {Mega, Sec, Micro} = erlang:timestamp(),
    Units = [second, millisecond, microsecond, nanosecond, native, perf_counter, seconds,
             milli_seconds, micro_seconds, nano_seconds, 3, 1000, 1 bsl 70],
    [[erlang:convert_time_unit(T, F, To) || T <- [1, -1, 1999, -1999, 1 bsl 62], F <- Units, To <- [second, 7, native]],
     [f(fun() -> erlang:convert_time_unit(1, U, second) end) || U <- [0, -1, bad, 1.0]],
     [f(fun() -> erlang:convert_time_unit(T, second, second) end) || T <- [1.0, a]],
     M2 >= M1, M1 < 0, is_integer(erlang:system_time()), erlang:system_time(second) > 1600000000,
     os:system_time(second) > 1600000000, erlang:monotonic_time(second) < 0,
     is_integer(Mega), Sec < 1000000, Micro < 1000000, U2 > U1,
     erlang:unique_integer([positive]) > 0, is_integer(erlang:unique_integer()),
     [f(fun() -> erlang:unique_integer(O) end) || O <- [[bad], a, [positive | a]]],
     [f(fun() -> erlang:monotonic_time(U) end) || U <- [bad, 0]],
     [r(F(X)) || F <- [fun math:sin/1, fun math:cos/1, fun math:tan/1, fun math:atan/1, fun math:sinh/1,
                       fun math:cosh/1, fun math:tanh/1, fun math:exp/1, fun math:asinh/1, fun math:erf/1,
                       fun math:erfc/1, fun math:floor/1, fun math:ceil/1],
                 X <- [0, 0.5, -1.5, 3]],
     [f(fun() -> F(X) end)
      || F <- [fun math:sqrt/1, fun math:log/1, fun math:log2/1, fun math:log10/1, fun math:asin/1,
               fun math:acos/1],
         X <- [-1, 0, 0.5, 1, 4, 1 bsl 1100, a]],
     [f(fun() -> r(F(X)) end) || F <- [fun math:acosh/1, fun math:atanh/1], X <- [-1, 0, 0.5, 1, 4, 1 bsl 1100, a]],
     [f(fun() -> math:pow(A, B) end) || A <- [2, 0, -8, 10.0], B <- [0.5, -1, 3, 400]],
     [f(fun() -> math:fmod(A, B) end) || A <- [10.5, -10.5], B <- [3, 0, -3]],
     [f(fun() -> math:atan2(A, B) end) || A <- [0, 1, -0.0], B <- [0, -1, 1]],
     math:pi()].

r(F) -> round(F * 1.0e12) / 1.0e12.

f(F) -> try F() catch C:R -> {C, R} end.
