%% Order of evaluation across try/of/catch/after, recorded in a list kept in
%% the process dictionary, including after blocks that run while an
%% exception propagates through several frames.
-module(try_after_order).
-export([main/0]).

%% Old-style catch is deprecated in recent releases but still supported.
-compile(nowarn_deprecated_catch).

main() ->
    erase(),
    put(trace, []),
    _ = (catch outer(fun() -> tr(body), ok end)),
    T1 = take(),
    _ = (catch outer(fun() -> tr(body), throw(x) end)),
    T2 = take(),
    _ = (catch outer(fun() -> tr(body), erlang:error(y) end)),
    T3 = take(),
    _ = (catch outer(fun() -> tr(body), exit(z) end)),
    T4 = take(),
    [T1, T2, T3, T4].

outer(F) ->
    try
        tr(outer_start),
        middle(F)
    of
        R -> tr({outer_of, R}), R
    catch
        throw:X -> tr({outer_caught_throw, X}), caught
    after
        tr(outer_after)
    end.

middle(F) ->
    try
        F()
    of
        R -> tr({middle_of, R}), {wrapped, R}
    catch
        error:E -> tr({middle_caught_error, E}), erlang:error({rewrapped, E})
    after
        tr(middle_after)
    end.

tr(X) -> put(trace, [X | get(trace)]).

take() ->
    T = lists:reverse(get(trace)),
    put(trace, []),
    T.
