%% Module gleam_shapes@geometry of the gleam_shapes program.
-module(gleam_shapes@geometry).
-compile([no_auto_import, nowarn_unused_vars, nowarn_unused_function, nowarn_nomatch]).
-define(FILEPATH, "src/gleam_shapes/geometry.gleam").
-export([area/1, perimeter/1, name/1, map_shapes/2, largest/1]).
-export_type([shape/0]).

-type shape() :: {circle, float()} |
    {rectangle, float(), float()} |
    {square, float()} |
    {triangle, float(), float(), float()}.

-file("src/gleam_shapes/geometry.gleam", 12).
-spec area(shape()) -> float().
area(Shape) ->
    case Shape of
        {circle, Radius} ->
            3.141592653589793 * Radius * Radius;

        {rectangle, Width, Height} ->
            Width * Height;

        {square, Side} ->
            Side * Side;

        {triangle, A, B, C} ->
            S = 'gleam_shapes@internal@math':safe_divide((A + B) + C, 2.0),
            'gleam_shapes@internal@math':sqrt(((S * (S - A)) * (S - B)) * (S - C))
    end.

-file("src/gleam_shapes/geometry.gleam", 25).
-spec perimeter(shape()) -> float().
perimeter(Shape) ->
    case Shape of
        {circle, Radius} ->
            (2.0 * 3.141592653589793) * Radius;

        {rectangle, Width, Height} ->
            2.0 * (Width + Height);

        {square, Side} ->
            4.0 * Side;

        {triangle, A, B, C} ->
            (A + B) + C
    end.

-file("src/gleam_shapes/geometry.gleam", 35).
-spec name(shape()) -> binary().
name(Shape) ->
    case Shape of
        {circle, _} ->
            <<"circle"/utf8>>;

        {rectangle, _, _} ->
            <<"rectangle"/utf8>>;

        {square, _} ->
            <<"square"/utf8>>;

        {triangle, _, _, _} ->
            <<"triangle"/utf8>>
    end.

-file("src/gleam_shapes/geometry.gleam", 44).
-spec map_shapes(list(shape()), fun((shape()) -> float())) -> list(float()).
map_shapes(Shapes, F) ->
    map_shapes_loop(Shapes, F, []).

-file("src/gleam_shapes/geometry.gleam", 48).
-spec map_shapes_loop(list(shape()), fun((shape()) -> float()), list(float())) -> list(float()).
map_shapes_loop(Shapes, F, Acc) ->
    case Shapes of
        [] ->
            lists:reverse(Acc);

        [First | Rest] ->
            map_shapes_loop(Rest, F, [F(First) | Acc])
    end.

-file("src/gleam_shapes/geometry.gleam", 56).
-spec largest(list(shape())) -> {ok, shape()} | {error, nil}.
largest(Shapes) ->
    case Shapes of
        [] ->
            {error, nil};

        [First | Rest] ->
            {ok, largest_loop(Rest, First)}
    end.

-file("src/gleam_shapes/geometry.gleam", 63).
-spec largest_loop(list(shape()), shape()) -> shape().
largest_loop(Shapes, Best) ->
    case Shapes of
        [] ->
            Best;

        [First | Rest] ->
            case area(First) > area(Best) of
                true ->
                    largest_loop(Rest, First);

                false ->
                    largest_loop(Rest, Best)
            end
    end.
