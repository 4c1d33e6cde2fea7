/**
 * Name parts for the synthetic people. Vietnamese surnames come with rough
 * real-world frequencies (Nguyễn is by far the most common), which is what
 * makes folded-name collisions and shared short names happen as in real life.
 * Given names that are also common English words or place names ("Nam",
 * "Long", "An") are left out: they would turn ordinary text into name hits. So
 * are given names that fold to a surname ("Vượng" and "Vương", "Định" and
 * "Đinh"): "Chairman Vương Đình Đông" would read as "Chairman Vượng".
 */

// biome-ignore format: a table packed by hand, several rows a line
export const VIETNAMESE_SURNAMES: ReadonlyArray<readonly [string, number]> = [
  ["Nguyễn", 38], ["Trần", 11], ["Lê", 9.5], ["Phạm", 7], ["Hoàng", 5], ["Huỳnh", 4],
  ["Phan", 4], ["Vũ", 3.9], ["Võ", 3], ["Đặng", 2.1], ["Bùi", 2], ["Đỗ", 1.4], ["Hồ", 1.3],
  ["Ngô", 1.3], ["Dương", 1], ["Lý", 0.5], ["Đào", 0.5], ["Đoàn", 0.5], ["Vương", 0.4],
  ["Trịnh", 0.4], ["Trương", 0.4], ["Lương", 0.4], ["Tô", 0.3], ["Tạ", 0.3], ["Cao", 0.3],
  ["Đinh", 0.4], ["Chu", 0.2], ["Kiều", 0.2], ["Lại", 0.2], ["Triệu", 0.2], ["Thái", 0.2],
  ["Quách", 0.1], ["Mạc", 0.1], ["Khổng", 0.1], ["Nghiêm", 0.1], ["Tăng", 0.1],
];

// biome-ignore format: a word list packed by hand
export const VIETNAMESE_MIDDLE_MALE = [
  "Văn", "Minh", "Đức", "Quốc", "Hữu", "Thanh", "Xuân", "Công", "Đình", "Ngọc", "Hồng",
  "Mạnh", "Quang", "Bá", "Thế", "Trọng", "Tiến", "Duy", "Viết", "Anh", "Tấn", "Sĩ",
];

// biome-ignore format: a word list packed by hand
export const VIETNAMESE_MIDDLE_FEMALE = [
  "Thị", "Thu", "Ngọc", "Thanh", "Minh", "Kim", "Hồng", "Thúy", "Phương", "Bích", "Diệu",
];

// biome-ignore format: a word list packed by hand
export const VIETNAMESE_GIVEN_MALE = [
  "Hùng", "Dũng", "Cường", "Chính", "Mẫn", "Khôi", "Tuấn", "Thắng", "Hải", "Sơn", "Phúc",
  "Hòa", "Bình", "Vinh", "Thành", "Trung", "Đạt", "Hiếu", "Khánh", "Lâm", "Tâm", "Phong",
  "Huy", "Hưng", "Toàn", "Kiên", "Thịnh", "Nghĩa", "Tùng", "Trọng", "Thưởng", "Huệ",
  "Quyết", "Lộc", "Khải", "Điệp", "Tú", "Hiển", "Chiến", "Luận", "Sang",
  "Thao", "Ninh", "Quân", "Bảo", "Đông", "Hoan", "Tuyên",
];

// biome-ignore format: a word list packed by hand
export const VIETNAMESE_GIVEN_FEMALE = [
  "Lan", "Hương", "Hằng", "Ngân", "Thảo", "Trang", "Linh", "Nga", "Phương", "Thủy", "Yến",
  "Dung", "Hạnh", "Loan", "Quyên", "Huyền", "Vân", "Oanh", "Tuyết", "Mai", "Thơ", "Nhàn",
  "Hiền", "Thoa", "Liên",
];

// biome-ignore format: a table packed by hand, several rows a line
export const RUSSIAN_FIRST_MALE: ReadonlyArray<readonly [string, string]> = [
  // [first name, the patronymic his children would carry]
  ["Mikhail", "Mikhailovich"], ["Vladimir", "Vladimirovich"], ["Dmitry", "Dmitrievich"],
  ["Sergey", "Sergeyevich"], ["Alexei", "Alexeyevich"], ["Andrei", "Andreyevich"],
  ["Nikolai", "Nikolayevich"], ["Ivan", "Ivanovich"], ["Yuri", "Yuryevich"],
  ["Igor", "Igorevich"], ["Oleg", "Olegovich"], ["Pavel", "Pavlovich"],
  ["Anatoly", "Anatolyevich"], ["Viktor", "Viktorovich"], ["Maxim", "Maximovich"],
  ["Alexander", "Alexandrovich"], ["Boris", "Borisovich"], ["Gennady", "Gennadyevich"],
  ["Konstantin", "Konstantinovich"], ["Valentin", "Valentinovich"], ["Denis", "Denisovich"],
  ["Roman", "Romanovich"], ["Kirill", "Kirillovich"], ["Yevgeny", "Yevgenyevich"],
  ["Leonid", "Leonidovich"], ["Vyacheslav", "Vyacheslavovich"], ["Grigory", "Grigoryevich"],
  ["Stanislav", "Stanislavovich"], ["Vadim", "Vadimovich"], ["Arkady", "Arkadyevich"],
];

// biome-ignore format: a word list packed by hand
export const RUSSIAN_FIRST_FEMALE = [
  "Anna", "Elena", "Olga", "Tatiana", "Natalia", "Irina", "Valentina", "Svetlana", "Maria",
  "Yekaterina", "Lyudmila", "Galina", "Veronika", "Marina", "Yulia",
];

/** Male forms; the female form adds -a (or turns -sky into -skaya). */
// biome-ignore format: a word list packed by hand
export const RUSSIAN_SURNAMES = [
  "Ivanov", "Petrov", "Smirnov", "Kuznetsov", "Sokolov", "Popov", "Lebedev", "Kozlov",
  "Novikov", "Morozov", "Volkov", "Solovyov", "Vasiliev", "Zaitsev", "Pavlov", "Semenov",
  "Golubev", "Vinogradov", "Bogdanov", "Vorobyov", "Fedorov", "Belyaev", "Tarasov", "Belov",
  "Komarov", "Kiselyov", "Makarov", "Andreev", "Kovalev", "Ilyin", "Gusev", "Titov",
  "Kuzmin", "Kudryavtsev", "Baranov", "Kulikov", "Alexeev", "Stepanov", "Yakovlev",
  "Sorokin", "Sergeev", "Romanov", "Zakharov", "Borisov", "Korolev", "Gerasimov",
  "Ponomarev", "Grigoriev", "Lazarev", "Medvedkov", "Yershov", "Nikitin", "Sobolev",
  "Ryabov", "Polyakov", "Tsvetkov", "Danilov", "Zhukov", "Frolov", "Zhuravlev",
  "Nikolaev", "Krylov", "Maximov", "Sidorov", "Osipov", "Belousov", "Fedotov", "Dorofeev",
  "Yegorov", "Matveev", "Bobrov", "Dmitriev", "Kalinin", "Anisimov", "Petukhov", "Antonov",
  "Timofeev", "Nikiforov", "Veselov", "Filippov", "Markov", "Bolshakov", "Sukhanov",
  "Mironov", "Shiryaev", "Alexandrov", "Konovalov", "Shestakov", "Kazakov", "Efimov",
  "Denisov", "Gromov", "Fomin", "Davydov", "Melnikov", "Shcherbakov", "Blinov", "Kolesnikov",
  "Karpov", "Afanasiev", "Vlasov", "Maslov", "Isakov", "Tikhonov", "Aksenov", "Gavrilov",
  "Rodionov", "Kotov", "Gorbunov", "Kudryashov", "Bykov", "Zuev", "Tretyakov", "Savelyev",
  "Panov", "Rybakov", "Suvorov", "Abramov", "Voronov", "Mukhin", "Arkhipov", "Trofimov",
  "Martynov", "Emelyanov", "Gorshkov", "Chernov", "Ovchinnikov", "Seleznev", "Panfilov",
  "Kopylov", "Mikheev", "Galkin", "Nazarov", "Lobanov", "Lukin", "Belyakov", "Potapov",
  "Nekrasov", "Khokhlov", "Zhdanov", "Naumov", "Shilov", "Vorontsov", "Ermakov",
  "Drozdov", "Ignatiev", "Savin", "Loginov", "Safonov", "Kapustin", "Kirillov", "Moiseev",
  "Eliseev", "Koshelev", "Kostin", "Gorbachevsky", "Kovalevsky", "Zhuravsky", "Dobrynin",
];

export function feminineSurname(surname: string): string {
  return surname.endsWith("sky") ? `${surname.slice(0, -1)}aya` : `${surname}a`;
}
