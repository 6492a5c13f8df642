%% try ... of ... catch with every class (error, throw, exit), class
%% patterns, the default class (throw), and values flowing through 'of'.
-module(exc_try_basic).
-export([main/0]).

main() ->
    [classify(fun() -> ok end),
     classify(fun() -> throw(ball) end),
     classify(fun() -> erlang:error(oops) end),
     classify(fun() -> exit(bye) end),
     classify(fun() -> erlang:error({tagged, 1, [2]}) end),
     classify(fun() -> throw({deep, {nested, value}}) end),
     classify(fun() -> id(1) + id(x) end),
     classify(fun() -> exit(normal) end),
     classify(fun() -> 42 end),
     default_class(fun() -> throw(t) end),
     default_class(fun() -> ok end),
     try error(inner) catch error:R -> {caught, R} end,
     try throw(x) of _ -> not_here catch X -> {thrown, X} end].

classify(F) ->
    try F() of
        ok -> returned_ok;
        N when is_integer(N) -> {returned_int, N}
    catch
        throw:T -> {throw, T};
        error:{tagged, A, B} -> {tagged_error, A, B};
        error:E -> {error, E};
        exit:normal -> exit_normal;
        exit:X -> {exit, X}
    end.

default_class(F) ->
    try F() catch T -> {default_caught, T} end.

id(X) -> X.
