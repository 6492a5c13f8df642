-module(gleam@option).
-compile([no_auto_import, nowarn_unused_vars, nowarn_unused_function, nowarn_nomatch, inline]).
-define(FILEPATH, "src/gleam/option.gleam").
-export([to_result/2, from_result/1]).
-export_type([option/1]).

-type option(FG) :: {some, FG} | none.

-file("src/gleam/option.gleam", 9).
-spec to_result(option(FL), FO) -> {ok, FL} | {error, FO}.
to_result(Option, E) ->
    case Option of
        {some, A} ->
            {ok, A};
        _ ->
            {error, E}
    end.

-file("src/gleam/option.gleam", 17).
-spec from_result({ok, FR} | {error, any()}) -> option(FR).
from_result(Result) ->
    case Result of
        {ok, A} ->
            {some, A};
        _ ->
            none
    end.
