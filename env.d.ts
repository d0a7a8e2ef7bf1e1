/// <reference types="@slidev/types/client" />
