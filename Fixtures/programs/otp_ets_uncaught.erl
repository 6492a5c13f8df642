%% An uncaught ETS error: the report shows ets:lookup/2 called with its
%% arguments (the error_info is not printed) and the program's frames.
-module(otp_ets_uncaught).
-export([main/0]).

main() ->
    T = ets:new(t, []),
    ets:insert(T, {a, 1}),
    [{a, 1}] = ets:lookup(T, a),
    find(otp_ets_uncaught_missing, a).

find(Table, Key) ->
    Result = ets:lookup(Table, Key),
    {found, Result}.
