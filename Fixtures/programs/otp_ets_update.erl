%% Updating objects in place: ets:update_counter/3 with an increment, a
%% {Pos, Incr} operation, thresholds ({Pos, Incr, Threshold, SetValue}) in
%% both directions, lists of operations, counters growing into bignums,
%% update_counter/4 with a default object, ets:update_element/3 with one
%% element or several, on set and ordered_set tables, and the errors of
%% both (caught, with the cause recorded in error_info).
-module(otp_ets_update).
-export([main/0]).

main() ->
    T = ets:new(c, [set]),
    true = ets:insert(T, [{hits, 0}, {pair, 10, 20}, {big, 1 bsl 59 - 2}]),
    A = [ets:update_counter(T, hits, 1) || _ <- lists:seq(1, 5)],
    B = ets:update_counter(T, pair, {3, -5}),
    C = ets:update_counter(T, pair, [{2, 1}, {3, 1}, {2, 100}]),
    D = ets:update_counter(T, hits, {2, 10, 12, 0}),
    E = ets:update_counter(T, hits, {2, -100, -5, -5}),
    F = [ets:update_counter(T, big, 1) || _ <- lists:seq(1, 3)],
    G = ets:update_counter(T, big, -(1 bsl 62)),
    H = ets:update_counter(T, fresh, 7, {fresh, 100}),
    I = ets:update_counter(T, fresh2, [{2, 1}, {3, 2}], {ignored, 0, 0}),
    J = ets:update_counter(T, pair, []),
    O = ets:new(o, [ordered_set]),
    true = ets:insert(O, {1, 0}),
    K = ets:update_counter(O, 1.0, 3),
    U1 = ets:update_element(T, pair, {2, changed}),
    U2 = ets:update_element(T, pair, [{3, x}, {3, y}, {2, z}]),
    U3 = ets:update_element(T, missing, {2, x}),
    U4 = ets:update_element(O, 1, {2, elem}),
    Errors = [err(fun() -> ets:update_counter(T, nokey, 1) end),
              err(fun() -> ets:update_counter(T, pair, {1, 1}) end),
              err(fun() -> ets:update_counter(T, pair, {9, 1}) end),
              err(fun() -> ets:update_counter(T, pair, {2, 1}) end),
              err(fun() -> ets:update_counter(T, hits, {2, a}) end),
              err(fun() -> ets:update_counter(ets:new(b, [bag]), k, 1) end),
              err(fun() -> ets:update_element(T, pair, {1, k}) end),
              err(fun() -> ets:update_element(T, pair, {0, k}) end),
              err(fun() -> ets:update_element(T, pair, bad) end),
              err(fun() -> ets:update_counter(T, nokey, 1, {}) end)],
    {A, B, C, D, E, F, G, H, I, J, K, U1, U2, U3, U4, lists:sort(ets:tab2list(T)), ets:tab2list(O), Errors}.

err(F) ->
    try F() of
        V -> {ok, V}
    catch
        error:Reason:Stack ->
            [{ets, Function, Args, Info} | _] = Stack,
            Cause = maps:get(cause, proplists:get_value(error_info, Info, #{}), none),
            {Reason, Function, length(Args), Cause}
    end.
