%% try ... after: the after block runs on normal return, on exceptions and on
%% throws, in the right order with nested trys; effects are recorded in the
%% process dictionary and the after value is discarded.
-module(exc_after).
-export([main/0]).

%% Old-style catch is deprecated in recent releases but still supported.
-compile(nowarn_deprecated_catch).

main() ->
    put(log, []),
    R1 = (catch with_after(fun() -> normal end, a1)),
    R2 = (catch with_after(fun() -> throw(t) end, a2)),
    R3 = (catch with_after(fun() -> erlang:error(e) end, a3)),
    R4 = try
             try log(inner_body), throw(x)
             after log(inner_after)
             end
         catch
             throw:X -> log({outer_catch, X}), {caught, X}
         after
             log(outer_after)
         end,
    R5 = try log(body5), 5 of V -> log({of5, V}), V * 2 after log(after5) end,
    [R1, R2, clean(R3), R4, R5, lists:reverse(get(log))].

with_after(F, Tag) ->
    try F() after log(Tag), ignored_value end.

log(X) -> put(log, [X | get(log)]).

clean({'EXIT', {R, _}}) -> {'EXIT', R};
clean(X) -> X.
