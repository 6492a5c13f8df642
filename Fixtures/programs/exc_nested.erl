%% Nested try blocks: inner catches only some classes, exceptions from catch
%% clauses and from 'of' clauses propagate outward, and try inside loops.
-module(exc_nested).
-export([main/0]).

main() ->
    [nest(fun() -> throw(a) end), nest(fun() -> erlang:error(b) end),
     nest(fun() -> exit(c) end), nest(fun() -> ok end), nest(fun() -> value end),
     sum_safe([1, 2, x, 4, y, 6], 0, []),
     try try throw(one) catch throw:one -> throw(two) end catch throw:Two -> {second, Two} end,
     try try ok of ok -> erlang:error(from_of) catch error:_ -> not_caught_here end
     catch error:E -> {outer, E} end,
     depth(5)].

nest(F) ->
    try
        try F() of
            ok -> inner_ok;
            Other -> erlang:error({unexpected, Other})
        catch
            throw:T -> {inner_throw, T}
        end
    catch
        error:E -> {outer_error, E};
        exit:X -> {outer_exit, X}
    end.

sum_safe([], S, Bad) -> {S, lists:reverse(Bad)};
sum_safe([H | T], S, Bad) ->
    try S + H of
        S2 -> sum_safe(T, S2, Bad)
    catch
        error:badarith -> sum_safe(T, S, [H | Bad])
    end.

depth(0) -> throw(bottom);
depth(N) ->
    try depth(N - 1) catch throw:bottom when N =:= 3 -> {caught_at, N} end.
