-module(shapes@crash).
-compile([no_auto_import, nowarn_unused_vars, nowarn_unused_function, nowarn_nomatch, inline]).
-define(FILEPATH, "src/shapes/crash.gleam").
-export([main/0]).

-if(?OTP_RELEASE >= 27).
-define(MODULEDOC(Str), -moduledoc(Str)).
-define(DOC(Str), -doc(Str)).
-else.
-define(MODULEDOC(Str), -compile([])).
-define(DOC(Str), -compile([])).
-endif.

?MODULEDOC(" Fails on purpose, in the way its first argument names.\n").

-file("src/shapes/crash.gleam", 12).
-spec main() -> nil.
main() ->
    case shapes_ffi:arguments() of
        [<<"panic"/utf8>>] ->
            erlang:error(#{gleam_error => panic,
                    message => <<"the shapes are out of order"/utf8>>,
                    file => <<?FILEPATH/utf8>>,
                    module => <<"shapes/crash"/utf8>>,
                    function => <<"main"/utf8>>,
                    line => 14});

        [<<"todo"/utf8>>] ->
            erlang:error(#{gleam_error => todo,
                    message => <<"crashing on demand"/utf8>>,
                    file => <<?FILEPATH/utf8>>,
                    module => <<"shapes/crash"/utf8>>,
                    function => <<"main"/utf8>>,
                    line => 15});

        [<<"let_assert"/utf8>>] ->
            Shape@1 = case shapes@geometry:parse(<<"hexagon 6"/utf8>>) of
                {ok, Shape} -> Shape;
                _assert_fail ->
                    erlang:error(#{gleam_error => let_assert,
                                message => <<"Pattern match failed, no pattern matched the value."/utf8>>,
                                file => <<?FILEPATH/utf8>>,
                                module => <<"shapes/crash"/utf8>>,
                                function => <<"main"/utf8>>,
                                line => 17,
                                value => _assert_fail,
                                start => 438,
                                'end' => 488,
                                pattern_start => 449,
                                pattern_end => 458})
            end,
            gleam_stdlib:println(shapes@geometry:describe(Shape@1));

        [<<"assert"/utf8>>] ->
            _assert_subject = shapes@geometry:area({square, 2.0}),
            _assert_subject@1 = 5.0,
            case _assert_subject =:= _assert_subject@1 of
                true -> nil;
                false -> erlang:error(#{gleam_error => assert,
                        message => <<"Assertion failed."/utf8>>,
                        file => <<?FILEPATH/utf8>>,
                        module => <<"shapes/crash"/utf8>>,
                        function => <<"main"/utf8>>,
                        line => 21,
                        kind => binary_operator,
                        operator => '==',
                        left => #{kind => expression,
                            value => _assert_subject,
                            start => 571,
                            'end' => 597
                            },
                        right => #{kind => literal,
                            value => _assert_subject@1,
                            start => 601,
                            'end' => 604
                            },
                        start => 564,
                        'end' => 604,
                        expression_start => 571})
            end;

        [<<"erlang"/utf8>>] ->
            shapes_ffi:to_atom(<<255>>);

        _ ->
            gleam_stdlib:println(
                <<"usage: crash panic|todo|let_assert|assert|erlang"/utf8>>
            )
    end.
