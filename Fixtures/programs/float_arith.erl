%% Float arithmetic: + - * /, unary minus, rounding error accumulation,
%% very small and very large magnitudes, subnormals and exact cases.
-module(float_arith).
-export([main/0]).

main() ->
    A = id(1.5), B = id(-0.25), C = id(1.0e300), D = id(1.0e-300),
    [A + B, A - B, A * B, A / B, -A, -B,
     C * id(10.0), C / C * C, C * id(1.0e-300), D / id(1.0e10), D * D < 1.0e-300,
     sum_tenth(10, 0.0), sum_tenth(100, 0.0), sum_tenth(1000, 0.0),
     id(1.0) / id(3.0) * id(3.0), id(2.0) / id(3.0),
     id(5.0e-324) / id(2.0), id(5.0e-324) * id(0.5), id(4.9e-324) + id(4.9e-324),
     id(1.0e308) + id(1.0e308) * id(0.5),
     harmonic(1, 1000, 0.0),
     id(0.1) * id(3), id(3) * id(0.1), id(1.0e16) + id(1) - id(1.0e16),
     id(7.0) / id(2), id(-7.0) / id(2), abs(id(-2.5)), abs(id(-0.0))].

sum_tenth(0, Acc) -> Acc;
sum_tenth(N, Acc) -> sum_tenth(N - 1, Acc + 0.1).

harmonic(I, N, Acc) when I > N -> Acc;
harmonic(I, N, Acc) -> harmonic(I + 1, N, Acc + 1 / I).

id(X) -> X.
