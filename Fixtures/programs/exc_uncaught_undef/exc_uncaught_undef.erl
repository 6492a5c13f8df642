%% Uncaught undef: a call to a function that does not exist in a module that
%% does exist (exc_uncaught_undef_helper, loaded from the same folder). The
%% top frame is the missing function with its arguments and no location.
-module(exc_uncaught_undef).
-export([main/0]).

main() ->
    A = exc_uncaught_undef_helper:present(20),
    B = exc_uncaught_undef_helper:missing(A, <<"arg">>),
    {A, B}.
