%% Gleam runtime errors caught in Erlang: panic, todo, let assert and assert
%% raise erlang:error/1 with a map; only individual fields are returned
%% (the map itself has several atom keys whose printing order is not
%% portable).
-module(gleam_panics).
-compile([no_auto_import, nowarn_unused_vars, nowarn_unused_function, nowarn_nomatch]).
-define(FILEPATH, "src/gleam_panics.gleam").
-export([main/0]).

-file("src/gleam_panics.gleam", 3).
-spec always_panics() -> any().
always_panics() ->
    erlang:error(#{gleam_error => panic,
            message => <<"this should never happen"/utf8>>,
            file => <<?FILEPATH/utf8>>,
            module => <<"gleam_panics"/utf8>>,
            function => <<"always_panics"/utf8>>,
            line => 4}).

-file("src/gleam_panics.gleam", 7).
-spec not_done() -> integer().
not_done() ->
    erlang:error(#{gleam_error => todo,
            message => <<"`todo` expression evaluated. This code has not yet been implemented."/utf8>>,
            file => <<?FILEPATH/utf8>>,
            module => <<"gleam_panics"/utf8>>,
            function => <<"not_done"/utf8>>,
            line => 8}).

-file("src/gleam_panics.gleam", 11).
-spec unwrap_ok({ok, integer()} | {error, binary()}) -> integer().
unwrap_ok(Result) ->
    X@1 = case Result of
        {ok, X} -> X;
        _assert_fail ->
            erlang:error(#{gleam_error => let_assert,
                        message => <<"Pattern match failed, no pattern matched the value."/utf8>>,
                        file => <<?FILEPATH/utf8>>,
                        module => <<"gleam_panics"/utf8>>,
                        function => <<"unwrap_ok"/utf8>>,
                        line => 12,
                        value => _assert_fail,
                        start => 301,
                        'end' => 327,
                        pattern_start => 312,
                        pattern_end => 317})
    end,
    X@1 * 2.

-file("src/gleam_panics.gleam", 16).
-spec check_positive(integer()) -> nil.
check_positive(N) ->
    case N > 0 of
        true -> nil;
        false -> erlang:error(#{gleam_error => assert,
                message => <<"Assertion failed."/utf8>>,
                file => <<?FILEPATH/utf8>>,
                module => <<"gleam_panics"/utf8>>,
                function => <<"check_positive"/utf8>>,
                line => 17,
                kind => binary_operator,
                operator => '>',
                left => #{kind => expression, value => N, start => 380, 'end' => 381},
                right => #{kind => literal, value => 0, start => 384, 'end' => 385},
                start => 373,
                'end' => 385,
                expression_start => 380})
    end.

-spec rescue(fun(() -> any())) -> any().
rescue(F) ->
    try {returned, F()}
    catch
        error:#{gleam_error := assert, operator := Op, left := #{value := L}} = E ->
            {assert, Op, L, maps:get(line, E), maps:get(function, E)};
        error:#{gleam_error := let_assert, value := V, line := Line, message := Msg} ->
            {let_assert, V, Line, Msg};
        error:#{gleam_error := Kind, message := Msg, line := Line, module := M, file := File} ->
            {Kind, Msg, Line, M, File};
        Class:Other ->
            {other, Class, Other}
    end.

-file("src/gleam_panics.gleam", 21).
-spec main() -> list(any()).
main() ->
    [rescue(fun always_panics/0),
        rescue(fun not_done/0),
        rescue(fun() -> unwrap_ok({ok, 21}) end),
        rescue(fun() -> unwrap_ok({error, <<"bad"/utf8>>}) end),
        rescue(fun() -> check_positive(5) end),
        rescue(fun() -> check_positive(-2) end),
        rescue(fun() -> erlang:error(badarg) end)].
