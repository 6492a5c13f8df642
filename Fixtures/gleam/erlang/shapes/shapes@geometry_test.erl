-module(shapes@geometry_test).
-compile([no_auto_import, nowarn_unused_vars, nowarn_unused_function, nowarn_nomatch, inline]).
-define(FILEPATH, "test/shapes/geometry_test.gleam").
-export([parse_square_test/0, parse_unknown_test/0, square_area_test/0, parse_hexagon_test/0, describe_circle_test/0, is_round_test/0, triangle_test/0, give_up_test/0]).

-file("test/shapes/geometry_test.gleam", 4).
-spec parse_square_test() -> nil.
parse_square_test() ->
    Side@1 = case shapes@geometry:parse(<<"square 3"/utf8>>) of
        {ok, {square, Side}} -> Side;
        _assert_fail ->
            erlang:error(#{gleam_error => let_assert,
                        message => <<"Pattern match failed, no pattern matched the value."/utf8>>,
                        file => <<?FILEPATH/utf8>>,
                        module => <<"shapes/geometry_test"/utf8>>,
                        function => <<"parse_square_test"/utf8>>,
                        line => 5,
                        value => _assert_fail,
                        start => 109,
                        'end' => 165,
                        pattern_start => 120,
                        pattern_end => 136})
    end,
    _assert_subject = 3.0,
    case Side@1 =:= _assert_subject of
        true -> nil;
        false -> erlang:error(#{gleam_error => assert,
                message => <<"Assertion failed."/utf8>>,
                file => <<?FILEPATH/utf8>>,
                module => <<"shapes/geometry_test"/utf8>>,
                function => <<"parse_square_test"/utf8>>,
                line => 6,
                kind => binary_operator,
                operator => '==',
                left => #{kind => expression,
                    value => Side@1,
                    start => 175,
                    'end' => 179
                    },
                right => #{kind => literal,
                    value => _assert_subject,
                    start => 183,
                    'end' => 186
                    },
                start => 168,
                'end' => 186,
                expression_start => 175})
    end.

-file("test/shapes/geometry_test.gleam", 9).
-spec parse_unknown_test() -> nil.
parse_unknown_test() ->
    _pipe = shapes@geometry:parse(<<"hexagon 6"/utf8>>),
    gleeunit@should:equal(_pipe, {error, {unknown_shape, <<"hexagon"/utf8>>}}).

-file("test/shapes/geometry_test.gleam", 14).
-spec square_area_test() -> nil.
square_area_test() ->
    _assert_subject = shapes@geometry:area({square, 2.0}),
    _assert_subject@1 = 5.0,
    case _assert_subject =:= _assert_subject@1 of
        true -> nil;
        false -> erlang:error(#{gleam_error => assert,
                message => <<"Assertion failed."/utf8>>,
                file => <<?FILEPATH/utf8>>,
                module => <<"shapes/geometry_test"/utf8>>,
                function => <<"square_area_test"/utf8>>,
                line => 15,
                kind => binary_operator,
                operator => '==',
                left => #{kind => expression,
                    value => _assert_subject,
                    start => 340,
                    'end' => 366
                    },
                right => #{kind => literal,
                    value => _assert_subject@1,
                    start => 370,
                    'end' => 373
                    },
                start => 333,
                'end' => 373,
                expression_start => 340})
    end.

-file("test/shapes/geometry_test.gleam", 18).
-spec parse_hexagon_test() -> nil.
parse_hexagon_test() ->
    Shape@1 = case shapes@geometry:parse(<<"hexagon 6"/utf8>>) of
        {ok, Shape} -> Shape;
        _assert_fail ->
            erlang:error(#{gleam_error => let_assert,
                        message => <<"Pattern match failed, no pattern matched the value."/utf8>>,
                        file => <<?FILEPATH/utf8>>,
                        module => <<"shapes/geometry_test"/utf8>>,
                        function => <<"parse_hexagon_test"/utf8>>,
                        line => 19,
                        value => _assert_fail,
                        start => 409,
                        'end' => 459,
                        pattern_start => 420,
                        pattern_end => 429})
    end,
    _assert_subject = shapes@geometry:area(Shape@1),
    _assert_subject@1 = +0.0,
    case _assert_subject > _assert_subject@1 of
        true -> nil;
        false -> erlang:error(#{gleam_error => assert,
                message => <<"Assertion failed."/utf8>>,
                file => <<?FILEPATH/utf8>>,
                module => <<"shapes/geometry_test"/utf8>>,
                function => <<"parse_hexagon_test"/utf8>>,
                line => 20,
                kind => binary_operator,
                operator => '>.',
                left => #{kind => expression,
                    value => _assert_subject,
                    start => 469,
                    'end' => 489
                    },
                right => #{kind => literal,
                    value => _assert_subject@1,
                    start => 493,
                    'end' => 496
                    },
                start => 462,
                'end' => 496,
                expression_start => 469})
    end.

-file("test/shapes/geometry_test.gleam", 23).
-spec describe_circle_test() -> nil.
describe_circle_test() ->
    _pipe = shapes@geometry:describe({circle, 2.0}),
    gleeunit@should:equal(_pipe, <<"circle of radius 2"/utf8>>).

-file("test/shapes/geometry_test.gleam", 28).
-spec is_round_test() -> nil.
is_round_test() ->
    _assert_subject = {square, 1.0},
    case shapes@geometry:is_round(_assert_subject) of
        true -> nil;
        false -> erlang:error(#{gleam_error => assert,
                message => <<"Assertion failed."/utf8>>,
                file => <<?FILEPATH/utf8>>,
                module => <<"shapes/geometry_test"/utf8>>,
                function => <<"is_round_test"/utf8>>,
                line => 29,
                kind => function_call,
                arguments => [#{kind => literal,
                        value => _assert_subject,
                        start => 660,
                        'end' => 671
                        }],
                start => 635,
                'end' => 672,
                expression_start => 642})
    end.

-file("test/shapes/geometry_test.gleam", 32).
-spec triangle_test() -> nil.
triangle_test() ->
    erlang:error(#{gleam_error => todo,
            message => <<"triangles are not shapes yet"/utf8>>,
            file => <<?FILEPATH/utf8>>,
            module => <<"shapes/geometry_test"/utf8>>,
            function => <<"triangle_test"/utf8>>,
            line => 33}).

-file("test/shapes/geometry_test.gleam", 36).
-spec give_up_test() -> nil.
give_up_test() ->
    erlang:error(#{gleam_error => panic,
            message => <<"this test gives up"/utf8>>,
            file => <<?FILEPATH/utf8>>,
            module => <<"shapes/geometry_test"/utf8>>,
            function => <<"give_up_test"/utf8>>,
            line => 37}).
