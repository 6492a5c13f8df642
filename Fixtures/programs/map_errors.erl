%% Errors from maps: badkey from maps:get and :=, badmap from updates on
%% non-maps, badarg from maps BIFs, and matches that fail.
-module(map_errors).
-export([main/0]).

main() ->
    M = id(#{1 => a}),
    Cases = [fun() -> maps:get(2, M) end,
             fun() -> M#{2 := b} end,
             fun() -> (id([1]))#{1 := b} end,
             fun() -> (id(<<>>))#{1 => b} end,
             fun() -> maps:update(3, c, M) end,
             fun() -> maps:find(1, id(list)) end,
             fun() -> maps:to_list(id(7)) end,
             fun() -> maps:merge(M, id(x)) end,
             fun() -> map_size(id(x)) end,
             fun() -> #{2 := _} = M end,
             fun() -> maps:from_list(id([{a, b} | c])) end,
             fun() -> maps:take(1, id(y)) end],
    [run(F) || F <- Cases].

run(F) ->
    try F() of
        V -> {ok, V}
    catch
        C:R -> {C, R}
    end.

id(X) -> X.
