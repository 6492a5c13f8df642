-module(gleam@result).
-compile([no_auto_import, nowarn_unused_vars, nowarn_unused_function, nowarn_nomatch, inline]).
-define(FILEPATH, "src/gleam/result.gleam").
-export([map/2, 'try'/2, unwrap/2]).

-file("src/gleam/result.gleam", 8).
-spec map({ok, BI} | {error, BJ}, fun((BI) -> BM)) -> {ok, BM} | {error, BJ}.
map(Result, Fun) ->
    case Result of
        {ok, X} ->
            {ok, Fun(X)};
        {error, E} ->
            {error, E}
    end.

-file("src/gleam/result.gleam", 16).
-spec 'try'({ok, BO} | {error, BP}, fun((BO) -> {ok, BS} | {error, BP})) -> {ok, BS} | {error, BP}.
'try'(Result, Fun) ->
    case Result of
        {ok, X} ->
            Fun(X);
        {error, E} ->
            {error, E}
    end.

-file("src/gleam/result.gleam", 24).
-spec unwrap({ok, BX} | {error, any()}, BX) -> BX.
unwrap(Result, Default) ->
    case Result of
        {ok, V} ->
            V;
        {error, _} ->
            Default
    end.
