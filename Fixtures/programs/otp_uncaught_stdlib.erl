%% An uncaught error raised inside a fun called by lists:map: the report
%% shows frames of the lists module with its own file and line numbers, so
%% the expected stderr differs between OTP releases. Prints a line first.
-module(otp_uncaught_stdlib).
-export([main/0]).

main() ->
    io:format("starting~n"),
    lists:map(fun(X) -> 100 div X end, [5, 2, 0, 1]).
