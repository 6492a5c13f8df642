%% Gleam-shaped error handling: Result values {ok, V} / {error, E}, `use`
%% expressions compiled to callbacks passed to gleam_results@result:'try'/2,
%% result map/unwrap, Option values ({some, V} / none), and parsing numbers
%% with erlang:binary_to_integer wrapped in try.
-module(gleam_results).
-compile([no_auto_import, nowarn_unused_vars, nowarn_unused_function, nowarn_nomatch]).
-define(FILEPATH, "src/gleam_results.gleam").
-export([main/0]).
-export_type([error/0]).

-type error() :: {invalid_number, binary()} | {out_of_range, integer()} | empty_input.

-file("src/gleam_results.gleam", 8).
-spec parse_int(binary()) -> {ok, integer()} | {error, error()}.
parse_int(Text) ->
    case Text of
        <<""/utf8>> ->
            {error, empty_input};

        _ ->
            case 'gleam_results@result':parse_int_ffi(Text) of
                {ok, N} ->
                    {ok, N};

                {error, nil} ->
                    {error, {invalid_number, Text}}
            end
    end.

-file("src/gleam_results.gleam", 20).
-spec check_range(integer()) -> {ok, integer()} | {error, error()}.
check_range(N) ->
    case (N >= 0) andalso (N =< 100) of
        true ->
            {ok, N};

        false ->
            {error, {out_of_range, N}}
    end.

-file("src/gleam_results.gleam", 27).
-spec parse_percentage(binary()) -> {ok, integer()} | {error, error()}.
parse_percentage(Text) ->
    'gleam_results@result':'try'(
        parse_int(Text),
        fun(N) ->
            'gleam_results@result':'try'(
                check_range(N),
                fun(Valid) -> {ok, Valid * 10} end
            )
        end
    ).

-file("src/gleam_results.gleam", 34).
-spec first_even(list(integer())) -> gleam_option().
first_even(Values) ->
    case Values of
        [] ->
            none;

        [X | _] when (X rem 2) =:= 0 ->
            {some, X};

        [_ | Rest] ->
            first_even(Rest)
    end.

-type gleam_option() :: {some, integer()} | none.

-file("src/gleam_results.gleam", 42).
-spec main() -> list(any()).
main() ->
    Inputs = [<<"42"/utf8>>, <<"100"/utf8>>, <<"101"/utf8>>, <<"-3"/utf8>>,
        <<"abc"/utf8>>, <<""/utf8>>, <<"007"/utf8>>],
    Parsed = [parse_percentage(I) || I <- Inputs],
    Doubled = 'gleam_results@result':map(parse_int(<<"21"/utf8>>), fun(X) -> X * 2 end),
    Defaulted = 'gleam_results@result':unwrap(parse_int(<<"nope"/utf8>>), 0),
    All = 'gleam_results@result':all([parse_int(<<"1"/utf8>>), parse_int(<<"2"/utf8>>)]),
    Failed = 'gleam_results@result':all([parse_int(<<"1"/utf8>>), parse_int(<<"x"/utf8>>), parse_int(<<""/utf8>>)]),
    [Parsed, Doubled, Defaulted, All, Failed,
        first_even([1, 3, 8, 10]), first_even([1, 3]),
        'gleam_results@result':is_ok(Doubled), 'gleam_results@result':is_ok(Failed)].
