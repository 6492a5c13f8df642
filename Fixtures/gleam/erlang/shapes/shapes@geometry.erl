-module(shapes@geometry).
-compile([no_auto_import, nowarn_unused_vars, nowarn_unused_function, nowarn_nomatch, inline]).
-define(FILEPATH, "src/shapes/geometry.gleam").
-export([area/1, total_area/1, is_round/1, describe/1, parse/1, error_message/1]).
-export_type([shape/0, parse_error/0]).

-type shape() :: {circle, float()} |
    {rectangle, float(), float()} |
    {square, float()}.

-type parse_error() :: {unknown_shape, binary()} | {bad_number, binary()} | empty.

-file("src/shapes/geometry.gleam", 21).
-spec area(shape()) -> float().
area(Shape) ->
    case Shape of
        {circle, R} ->
            (3.141592653589793 * R) * R;

        {rectangle, W, H} ->
            W * H;

        {square, S} ->
            S * S
    end.

-file("src/shapes/geometry.gleam", 29).
-spec total_area(list(shape())) -> float().
total_area(Shapes) ->
    gleam@list:fold(Shapes, +0.0, fun(Total, Shape) -> Total + area(Shape) end).

-file("src/shapes/geometry.gleam", 33).
-spec is_round(shape()) -> boolean().
is_round(Shape) ->
    case Shape of
        {circle, _} ->
            true;

        _ ->
            false
    end.

-file("src/shapes/geometry.gleam", 40).
-spec describe(shape()) -> binary().
describe(Shape) ->
    case Shape of
        {circle, R} ->
            <<"circle of radius "/utf8, (gleam_stdlib:float_to_string(R))/binary>>;

        {rectangle, W, H} ->
            <<<<<<"rectangle "/utf8, (gleam_stdlib:float_to_string(W))/binary>>/binary,
                    " by "/utf8>>/binary,
                (gleam_stdlib:float_to_string(H))/binary>>;

        {square, S} ->
            <<"square of side "/utf8, (gleam_stdlib:float_to_string(S))/binary>>
    end.

-file("src/shapes/geometry.gleam", 59).
-spec number(binary()) -> {ok, float()} | {error, parse_error()}.
number(Text) ->
    case gleam_stdlib:parse_int(Text) of
        {ok, N} ->
            {ok, erlang:float(N)};

        {error, nil} ->
            {error, {bad_number, Text}}
    end.

-file("src/shapes/geometry.gleam", 49).
-spec parse(binary()) -> {ok, shape()} | {error, parse_error()}.
parse(Text) ->
    case gleam@string:split(Text, <<" "/utf8>>) of
        [<<""/utf8>>] ->
            {error, empty};

        [<<"circle"/utf8>>, R] ->
            _pipe = number(R),
            gleam@result:map(_pipe, fun(Field@0) -> {circle, Field@0} end);

        [<<"square"/utf8>>, S] ->
            _pipe@1 = number(S),
            gleam@result:map(_pipe@1, fun(Field@0) -> {square, Field@0} end);

        [Name | _] ->
            {error, {unknown_shape, Name}};

        [] ->
            {error, empty}
    end.

-file("src/shapes/geometry.gleam", 66).
-spec error_message(parse_error()) -> binary().
error_message(Error) ->
    case Error of
        {unknown_shape, Name} ->
            <<"no shape is called "/utf8, Name/binary>>;

        {bad_number, Text} ->
            <<Text/binary, " is not a number"/utf8>>;

        empty ->
            <<"nothing to parse"/utf8>>
    end.
