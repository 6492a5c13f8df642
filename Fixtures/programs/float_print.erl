%% How floats print (the result line uses ~p, the shortest round-trip form),
%% plus the same values through float_to_list/1 and float_to_binary/2 [short].
-module(float_print).
-export([main/0]).

main() ->
    Vals = [0.1, 0.2, 0.30000000000000004, 1.0, -1.0, 2.5, 100.0, 1.0e15, 1.0e16, 1.0e17,
            1.0e21, 1.0e22, 1.0e23, 123456789.0, 1234567890123.0, 1.0e-5, 1.0e-4, 0.001,
            5.0e-324, 2.2250738585072014e-308, 1.7976931348623157e308, -0.0, 0.0,
            3.141592653589793, 2.718281828459045, 1.0e100, 1.5e-10, 9007199254740992.0,
            9007199254740993.0, 123.456, 0.5, 1/3, 2/3, 10/3, 1.0e-323, 4.9e-324],
    Fs = [id(V) || V <- Vals],
    [Fs,
     [float_to_list(F) || F <- Fs],
     [float_to_binary(F, [short]) || F <- Fs],
     id(0.1) + id(0.2), id(1.0e16) + id(1.0), id(1.0e308) * id(1.5) < 0].

id(X) -> X.
