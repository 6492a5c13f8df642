-module(shapes@values_test).
-compile([no_auto_import, nowarn_unused_vars, nowarn_unused_function, nowarn_nomatch, inline]).
-define(FILEPATH, "test/shapes/values_test.gleam").
-export([first_value_test/0, slow_test/0, chatty_test/0, erlang_error_test/0]).

-file("test/shapes/values_test.gleam", 10).
-spec first_value_test() -> nil.
first_value_test() ->
    _assert_subject = erlang:element(1, shapes@values:main()),
    _assert_subject@1 = {ok, 1},
    case _assert_subject =:= _assert_subject@1 of
        true -> nil;
        false -> erlang:error(#{gleam_error => assert,
                message => <<"Assertion failed."/utf8>>,
                file => <<?FILEPATH/utf8>>,
                module => <<"shapes/values_test"/utf8>>,
                function => <<"first_value_test"/utf8>>,
                line => 11,
                kind => binary_operator,
                operator => '==',
                left => #{kind => expression,
                    value => _assert_subject,
                    start => 221,
                    'end' => 236
                    },
                right => #{kind => literal,
                    value => _assert_subject@1,
                    start => 240,
                    'end' => 245
                    },
                start => 214,
                'end' => 245,
                expression_start => 221})
    end.

-file("test/shapes/values_test.gleam", 14).
-spec slow_test() -> nil.
slow_test() ->
    timer:sleep(300),
    _assert_subject = 1 + 1,
    _assert_subject@1 = 2,
    case _assert_subject =:= _assert_subject@1 of
        true -> nil;
        false -> erlang:error(#{gleam_error => assert,
                message => <<"Assertion failed."/utf8>>,
                file => <<?FILEPATH/utf8>>,
                module => <<"shapes/values_test"/utf8>>,
                function => <<"slow_test"/utf8>>,
                line => 16,
                kind => binary_operator,
                operator => '==',
                left => #{kind => expression,
                    value => _assert_subject,
                    start => 292,
                    'end' => 297
                    },
                right => #{kind => literal,
                    value => _assert_subject@1,
                    start => 301,
                    'end' => 302
                    },
                start => 285,
                'end' => 302,
                expression_start => 292})
    end.

-file("test/shapes/values_test.gleam", 19).
-spec chatty_test() -> nil.
chatty_test() ->
    gleam_stdlib:println(<<"checking the sum"/utf8>>),
    gleam_stdlib:println(<<"of one and one"/utf8>>),
    _assert_subject = 1 + 1,
    _assert_subject@1 = 3,
    case _assert_subject =:= _assert_subject@1 of
        true -> nil;
        false -> erlang:error(#{gleam_error => assert,
                message => <<"Assertion failed."/utf8>>,
                file => <<?FILEPATH/utf8>>,
                module => <<"shapes/values_test"/utf8>>,
                function => <<"chatty_test"/utf8>>,
                line => 22,
                kind => binary_operator,
                operator => '==',
                left => #{kind => expression,
                    value => _assert_subject,
                    start => 402,
                    'end' => 407
                    },
                right => #{kind => literal,
                    value => _assert_subject@1,
                    start => 411,
                    'end' => 412
                    },
                start => 395,
                'end' => 412,
                expression_start => 402})
    end.

-file("test/shapes/values_test.gleam", 25).
-spec erlang_error_test() -> any().
erlang_error_test() ->
    shapes_ffi:to_atom(<<255>>).
