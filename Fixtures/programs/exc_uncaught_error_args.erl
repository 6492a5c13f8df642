%% Uncaught error raised with erlang:error/2, so the top frame carries the
%% given argument list (printed on the "called as" line).
-module(exc_uncaught_error_args).
-export([main/0]).

main() ->
    check(-5, "negative input").

check(N, Label) when N < 0 -> erlang:error({invalid, N}, [N, Label]);
check(N, _) -> N.
