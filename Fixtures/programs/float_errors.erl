%% Float operations that raise: overflow to infinity, division by zero,
%% invalid conversions, float() of a non-number; all caught.
-module(float_errors).
-export([main/0]).

main() ->
    Cases = [fun() -> id(1.0e308) * id(10.0) end,
             fun() -> id(1.0e308) + id(1.0e308) end,
             fun() -> id(1.0) / id(0.0) end,
             fun() -> id(-1.0) / id(-0.0) end,
             fun() -> id(0.0) / id(0.0) end,
             fun() -> id(5) / id(0) end,
             fun() -> float(id(abc)) end,
             fun() -> float(id(1 bsl 1100)) end,
             fun() -> id(1 bsl 1100) + id(1.0) end,
             fun() -> id(1 bsl 1023) * id(2.0) end,
             fun() -> round(id(nan)) end,
             fun() -> trunc(id("1.5")) end,
             fun() -> id(1.0e-320) / id(1.0e10) end,
             fun() -> id(1.7976931348623157e308) * id(1.0) end],
    [run(F) || F <- Cases].

run(F) ->
    try F() of
        V -> {ok, V}
    catch
        C:R -> {C, R}
    end.

id(X) -> X.
