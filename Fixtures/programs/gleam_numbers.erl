%% Gleam-shaped numeric code: Int and Float are separate (+. compiles to +),
%% division and remainder by zero return 0, float division by zero returns
%% 0.0, int.power via repeated multiplication, float truncation/rounding
%% through erlang BIFs, and conversions to strings.
-module(gleam_numbers).
-compile([no_auto_import, nowarn_unused_vars, nowarn_unused_function, nowarn_nomatch]).
-define(FILEPATH, "src/gleam_numbers.gleam").
-export([main/0]).

-file("src/gleam_numbers.gleam", 3).
-spec divide(integer(), integer()) -> integer().
divide(A, B) ->
    case B of
        0 -> 0;
        Gleam@denominator -> A div Gleam@denominator
    end.

-file("src/gleam_numbers.gleam", 7).
-spec modulo(integer(), integer()) -> integer().
modulo(A, B) ->
    case B of
        0 -> 0;
        Gleam@denominator -> A rem Gleam@denominator
    end.

-file("src/gleam_numbers.gleam", 11).
-spec fdivide(float(), float()) -> float().
fdivide(A, B) ->
    case B of
        +0.0 -> +0.0;
        -0.0 -> -0.0;
        Gleam@denominator -> A / Gleam@denominator
    end.

-file("src/gleam_numbers.gleam", 17).
-spec power(integer(), integer()) -> integer().
power(Base, Exponent) ->
    case Exponent of
        0 ->
            1;

        _ ->
            case (Exponent rem 2) =:= 0 of
                true ->
                    Half = power(Base, Exponent div 2),
                    Half * Half;

                false ->
                    Base * power(Base, Exponent - 1)
            end
    end.

-file("src/gleam_numbers.gleam", 30).
-spec clamp(integer(), integer(), integer()) -> integer().
clamp(X, Min, Max) ->
    case X < Min of
        true ->
            Min;

        false ->
            case X > Max of
                true ->
                    Max;

                false ->
                    X
            end
    end.

-file("src/gleam_numbers.gleam", 42).
-spec main() -> list(any()).
main() ->
    Ints = [divide(7, 2), divide(-7, 2), divide(7, 0), modulo(-7, 3), modulo(7, 0),
        power(2, 100), power(-3, 5), clamp(15, 0, 10), clamp(-4, 0, 10)],
    Floats = [fdivide(1.0, 3.0), fdivide(5.0, 0.0), fdivide(1.0, -0.0), 1.5 + 2.25,
        0.1 * 3.0, 10.0 - 0.5, erlang:float(7), erlang:trunc(-2.7), erlang:round(2.5),
        erlang:ceil(1.1), erlang:floor(-1.1), math:pow(2.0, 0.5), erlang:abs(-3.25)],
    Strings = [erlang:integer_to_binary(-1234), erlang:float_to_binary(3.0, [short]),
        erlang:float_to_binary(0.1, [short]), erlang:integer_to_binary(255, 16),
        erlang:binary_to_integer(<<"-77"/utf8>>), erlang:binary_to_float(<<"2.5e-3"/utf8>>)],
    Compare = [1 < 2, 2.0 =< 1.5, 3 =:= 3, 3 /= 4, 1.0 =:= 1.0, (1 > 0) andalso (2.0 > 1.0)],
    [Ints, Floats, Strings, Compare].
