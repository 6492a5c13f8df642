-module(shapes_test).
-compile([no_auto_import, nowarn_unused_vars, nowarn_unused_function, nowarn_nomatch, inline]).
-define(FILEPATH, "test/shapes_test.gleam").
-export([main/0, rectangle_area_test/0, total_area_test/0]).

-file("test/shapes_test.gleam", 5).
-spec main() -> nil.
main() ->
    gleeunit:main().

-file("test/shapes_test.gleam", 9).
-spec rectangle_area_test() -> nil.
rectangle_area_test() ->
    _pipe = shapes@geometry:area({rectangle, 2.0, 3.0}),
    gleeunit@should:equal(_pipe, 6.0).

-file("test/shapes_test.gleam", 14).
-spec total_area_test() -> nil.
total_area_test() ->
    Shapes = [{rectangle, 1.0, 2.0}, {rectangle, 3.0, 4.0}],
    _assert_subject = shapes@geometry:total_area(Shapes),
    _assert_subject@1 = 14.0,
    case _assert_subject =:= _assert_subject@1 of
        true -> nil;
        false -> erlang:error(#{gleam_error => assert,
                message => <<"Assertion failed."/utf8>>,
                file => <<?FILEPATH/utf8>>,
                module => <<"shapes_test"/utf8>>,
                function => <<"total_area_test"/utf8>>,
                line => 16,
                kind => binary_operator,
                operator => '==',
                left => #{kind => expression,
                    value => _assert_subject,
                    start => 307,
                    'end' => 334
                    },
                right => #{kind => literal,
                    value => _assert_subject@1,
                    start => 338,
                    'end' => 342
                    },
                start => 300,
                'end' => 342,
                expression_start => 307})
    end.
