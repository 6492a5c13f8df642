-module(gleam@list).
-compile([no_auto_import, nowarn_unused_vars, nowarn_unused_function, nowarn_nomatch, inline]).
-define(FILEPATH, "src/gleam/list.gleam").
-export([each/2, fold/3, map/2, index_map/2, last/1]).

-file("src/gleam/list.gleam", 10).
-spec each(list(CQ), fun((CQ) -> any())) -> nil.
each(List, F) ->
    case List of
        [] ->
            nil;
        [First | Rest] ->
            F(First),
            each(Rest, F)
    end.

-file("src/gleam/list.gleam", 22).
-spec fold(list(CV), CX, fun((CX, CV) -> CX)) -> CX.
fold(List, Initial, Fun) ->
    case List of
        [] ->
            Initial;
        [First | Rest] ->
            fold(Rest, Fun(Initial, First), Fun)
    end.

-file("src/gleam/list.gleam", 32).
-spec map(list(DA), fun((DA) -> DC)) -> list(DC).
map(List, Fun) ->
    lists:reverse(fold(List, [], fun(Acc, X) -> [Fun(X) | Acc] end)).

-file("src/gleam/list.gleam", 38).
-spec index_map_loop(list(DE), fun((DE, integer()) -> DG), integer(), list(DG)) -> list(DG).
index_map_loop(List, Fun, Index, Acc) ->
    case List of
        [] ->
            lists:reverse(Acc);
        [First | Rest] ->
            index_map_loop(Rest, Fun, Index + 1, [Fun(First, Index) | Acc])
    end.

-file("src/gleam/list.gleam", 49).
-spec index_map(list(DE), fun((DE, integer()) -> DG)) -> list(DG).
index_map(List, Fun) ->
    index_map_loop(List, Fun, 0, []).

-file("src/gleam/list.gleam", 54).
-spec last(list(DI)) -> {ok, DI} | {error, nil}.
last(List) ->
    case List of
        [] ->
            {error, nil};
        [Last] ->
            {ok, Last};
        [_ | Rest] ->
            last(Rest)
    end.
