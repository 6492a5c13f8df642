%% Module gleam_results@result: a small Result library in Gleam's output
%% shape ('try' is quoted because it is an Erlang keyword).
-module(gleam_results@result).
-compile([no_auto_import, nowarn_unused_vars, nowarn_unused_function, nowarn_nomatch]).
-define(FILEPATH, "src/gleam_results/result.gleam").
-export(['try'/2, map/2, unwrap/2, all/1, is_ok/1, parse_int_ffi/1]).

-file("src/gleam_results/result.gleam", 2).
-spec 'try'({ok, A} | {error, E}, fun((A) -> {ok, B} | {error, E})) -> {ok, B} | {error, E}.
'try'(Result, Fun) ->
    case Result of
        {ok, X} ->
            Fun(X);

        {error, E} ->
            {error, E}
    end.

-file("src/gleam_results/result.gleam", 10).
-spec map({ok, A} | {error, E}, fun((A) -> B)) -> {ok, B} | {error, E}.
map(Result, Fun) ->
    case Result of
        {ok, X} ->
            {ok, Fun(X)};

        {error, E} ->
            {error, E}
    end.

-file("src/gleam_results/result.gleam", 18).
-spec unwrap({ok, A} | {error, any()}, A) -> A.
unwrap(Result, Default) ->
    case Result of
        {ok, V} ->
            V;

        {error, _} ->
            Default
    end.

-file("src/gleam_results/result.gleam", 26).
-spec all(list({ok, A} | {error, E})) -> {ok, list(A)} | {error, E}.
all(Results) ->
    all_loop(Results, []).

-file("src/gleam_results/result.gleam", 30).
-spec all_loop(list({ok, A} | {error, E}), list(A)) -> {ok, list(A)} | {error, E}.
all_loop(Results, Acc) ->
    case Results of
        [] ->
            {ok, lists:reverse(Acc)};

        [{ok, X} | Rest] ->
            all_loop(Rest, [X | Acc]);

        [{error, E} | _] ->
            {error, E}
    end.

-file("src/gleam_results/result.gleam", 41).
-spec is_ok({ok, any()} | {error, any()}) -> boolean().
is_ok(Result) ->
    case Result of
        {error, _} ->
            false;

        {ok, _} ->
            true
    end.

%% Hand-written FFI function, as a Gleam package would ship in an .erl file.
parse_int_ffi(Text) ->
    try {ok, erlang:binary_to_integer(Text)}
    catch error:badarg -> {error, nil}
    end.
