import {         B,        } from './a';
